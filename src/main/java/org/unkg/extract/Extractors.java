package org.unkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.unkg.extract.mention.MentionExtractor;
import org.unkg.extract.meta.LetterMetadataExtractor;
import org.unkg.extract.party.PartyExtractor;
import org.unkg.extract.party.SignatoryExtractor;
import org.unkg.extract.reference.ReferenceExtractor;
import org.unkg.extract.reference.SubjectExtractor;

/** The default extractor line-up, in the order they run. */
public final class Extractors {
    private Extractors() {}

    /**
     * Appends the extractors of bodies' lives, which read the mentions and letter date added before them:
     * new bodies first (their names become mentions), then mandates (their task lists are not events),
     * events, memberships, seats, heads and partners.
     */
    static void addLifecycle(List<Extractor> list) {
        list.add(new org.unkg.extract.discovery.DiscoveryExtractor());
        list.add(new org.unkg.extract.mandate.MandateExtractor());
        list.add(new org.unkg.extract.event.EventExtractor());
        list.add(new org.unkg.extract.relation.MembershipExtractor());
        list.add(new org.unkg.extract.relation.SeatExtractor());
        list.add(new org.unkg.extract.relation.HeadExtractor());
        list.add(new org.unkg.extract.relation.PartnerExtractor());
    }

    public static List<Extractor> defaults() {
        List<Extractor> list = new ArrayList<>();
        // header and letter metadata first: later extractors read the letter date, language and own symbol
        list.add(new LetterMetadataExtractor());
        list.add(new PartyExtractor());
        list.add(new SignatoryExtractor());
        list.add(new ReferenceExtractor());
        list.add(new SubjectExtractor());
        // mentions after the signatory: the signer is a person mentioned even when the catalog lacks them
        list.add(new MentionExtractor());
        addLifecycle(list);
        return list;
    }
}
