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
        return list;
    }
}
