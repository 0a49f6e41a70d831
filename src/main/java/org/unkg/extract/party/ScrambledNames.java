package org.unkg.extract.party;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.unkg.extract.core.CatalogEntry;
import org.unkg.model.EntityKind;
import org.unkg.text.FoldedText;
import org.unkg.text.Tokens;

/**
 * Recognises a catalog person's name whose letters a PDF extraction of justified Arabic text reordered
 * (glyph runs of a word swapped, words run together: "كيبان - مون" for "بان كي - مون"). A written name matches
 * a catalog label when both hold exactly the same letters (after folding, ignoring spaces and punctuation),
 * at least {@value #MIN_LETTERS} of them, and share at least one whole word.
 */
final class ScrambledNames {
    static final int MIN_LETTERS = 6;

    private ScrambledNames() {}

    /** The key of the catalog person whose name {@code written} is a reordering of, or null. */
    static String find(String written, Collection<CatalogEntry> entries) {
        String folded = FoldedText.fold(written);
        char[] letters = letters(folded);
        if (letters.length < MIN_LETTERS) {
            return null;
        }
        Set<String> words = new HashSet<>(Tokens.texts(folded));
        for (CatalogEntry e : entries) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (String label : e.labels()) {
                String l = FoldedText.fold(label);
                if (Arrays.equals(letters, letters(l)) && Tokens.texts(l).stream().anyMatch(words::contains)) {
                    return e.key();
                }
            }
        }
        return null;
    }

    private static char[] letters(String s) {
        char[] out = s.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toCharArray();
        Arrays.sort(out);
        return out;
    }
}
