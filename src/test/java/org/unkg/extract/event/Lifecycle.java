package org.unkg.extract.event;

import java.nio.file.Path;
import org.unkg.catalog.Catalog;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Meta;
import org.unkg.extract.fact.MetaField;
import org.unkg.extract.TestLetters;
import org.unkg.extract.discovery.DiscoveryExtractor;
import org.unkg.extract.mandate.MandateExtractor;
import org.unkg.extract.mention.MentionExtractor;
import org.unkg.extract.relation.HeadExtractor;
import org.unkg.extract.relation.MembershipExtractor;
import org.unkg.extract.relation.SeatExtractor;
import org.unkg.text.LetterText;

/** Runs the mention extractor and the lifecycle extractors over a hand-written letter and the lifecycle test catalog. */
final class Lifecycle {
    private static ExtractionContext context;

    private Lifecycle() {}

    static synchronized ExtractionContext context() throws Exception {
        if (context == null) {
            context = new ExtractionContext(Catalog.load(Path.of("src/test/resources/lifecycle")));
        }
        return context;
    }

    /** The facts of {@code text} in {@code language}, written on {@code date}. */
    static LetterFacts read(String text, String language, String date) throws Exception {
        LetterText letter = TestLetters.of(text, language);
        LetterFacts out = new LetterFacts();
        out.add(new Meta(MetaField.DATE, date, null));
        ExtractionContext c = context();
        new MentionExtractor().extract(letter, c, out);
        new DiscoveryExtractor().extract(letter, c, out);
        new MandateExtractor().extract(letter, c, out);
        new EventExtractor().extract(letter, c, out);
        new MembershipExtractor().extract(letter, c, out);
        new SeatExtractor().extract(letter, c, out);
        new HeadExtractor().extract(letter, c, out);
        return out;
    }
}
