package org.unkg.extract;

import java.util.List;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.discovery.DiscoveryExtractor;
import org.unkg.extract.event.EventExtractor;
import org.unkg.extract.mandate.MandateExtractor;
import org.unkg.extract.mention.MentionExtractor;
import org.unkg.extract.meta.LetterMetadataExtractor;
import org.unkg.extract.party.PartyExtractor;
import org.unkg.extract.party.SignatoryExtractor;
import org.unkg.extract.reference.ReferenceExtractor;
import org.unkg.extract.reference.SubjectExtractor;
import org.unkg.extract.relation.HeadExtractor;
import org.unkg.extract.relation.MembershipExtractor;
import org.unkg.extract.relation.PartnerExtractor;
import org.unkg.extract.relation.PlacedBodySeatExtractor;
import org.unkg.extract.relation.SeatExtractor;
import org.unkg.extract.subject.SubjectIndexer;
import org.unkg.extract.subject.SubjectTermLinker;

/**
 * The production extractor line-up, in the order they run: the one pipeline the build, the benchmark and the tests
 * use. It lives above {@code extract.core} because it names every fact-kind extractor, and the fact-kind packages
 * depend on the core, not the other way round.
 */
public final class Extractors {
    private Extractors() {}

    /**
     * The extractors made with {@code context}, in order: header and letter metadata first (later extractors read the
     * letter date, language, own symbol and title), the signatory, parties (the title, then the signature block),
     * references and subjects; mentions after the
     * signatory (the signer is a person mentioned even when the catalog lacks them); then the extractors of bodies'
     * lives, which read the mentions and letter date added before them: new bodies first (their names become
     * mentions), then mandates (their task lists are not events), events, memberships, seats, heads and partners;
     * the subject terms are linked to their UNBIS concepts as soon as they are read, and the subject indexer comes
     * last, when every mention it counts as evidence is known.
     */
    public static List<Extractor> production(ExtractionContext context) {
        return List.of(
                new LetterMetadataExtractor(context),
                new SignatoryExtractor(context),
                new PartyExtractor(context),
                new ReferenceExtractor(context),
                new SubjectExtractor(),
                new SubjectTermLinker(context),
                new MentionExtractor(context),
                new DiscoveryExtractor(context),
                new MandateExtractor(context),
                new EventExtractor(context),
                new MembershipExtractor(context),
                new SeatExtractor(context),
                new PlacedBodySeatExtractor(context),
                new HeadExtractor(context),
                new PartnerExtractor(context),
                new SubjectIndexer(context));
    }

    /** The production pipeline without the subject indexer (the benchmark measures what indexing costs with it). */
    public static ExtractionPipeline withoutSubjectIndexing(ExtractionContext context) {
        return new ExtractionPipeline(production(context).stream().filter(e -> !(e instanceof SubjectIndexer)).toList(), context);
    }

    /** The production pipeline over {@code context}. */
    public static ExtractionPipeline pipeline(ExtractionContext context) {
        return new ExtractionPipeline(production(context), context);
    }
}
