package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.List;
import org.unkg.text.FoldedText;

/**
 * The short vowels and the shadda an Arabic name is written with, which folding drops: they alone tell some names
 * apart ("عمّان", Amman, the city; "عُمان", Oman, the State). A text word and a label word that both carry marks are
 * the same name only when they double the same letters (shadda) and give no letter two different vowels; a word
 * written without marks, in the text or in the label, tells nothing and matches as folded.
 */
final class ArabicMarks {
    private static final char SHADDA = '\u0651';

    /** One word: its folded letters, and per letter whether it is doubled and its vowel mark (0 when none). */
    private record MarkedWord(String letters, boolean[] doubled, char[] vowels, boolean marked) {}

    private ArabicMarks() {}

    /** Whether {@code c} is a short vowel, a tanween, the sukun or the shadda. */
    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u0652';
    }

    /** Whether {@code s} carries a mark. */
    static boolean marked(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words {@code written} in a letter may be the label {@code label} (as the catalog writes it) going by
     * their marks: false only when a marked word of the text and a marked word of the label with the same letters (the
     * text's may carry clitics in front) double different letters or give a letter different vowels.
     */
    static boolean compatible(String written, String label) {
        if (label == null || !marked(written) || !marked(label)) {
            return true;
        }
        List<MarkedWord> labelWords = words(label);
        for (MarkedWord t : words(written)) {
            if (!t.marked()) {
                continue;
            }
            for (MarkedWord l : labelWords) {
                if (!l.marked() || l.letters().length() < 2 || !t.letters().endsWith(l.letters())) {
                    continue;
                }
                int offset = t.letters().length() - l.letters().length();
                for (int k = 0; k < l.letters().length(); k++) {
                    if (t.doubled()[offset + k] != l.doubled()[k]) {
                        return false;
                    }
                    char tv = t.vowels()[offset + k];
                    char lv = l.vowels()[k];
                    if (tv != 0 && lv != 0 && tv != lv) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static List<MarkedWord> words(String s) {
        List<MarkedWord> out = new ArrayList<>();
        for (String w : s.split("[\\s\\p{Punct}،؛]+")) {
            StringBuilder letters = new StringBuilder();
            List<Boolean> doubled = new ArrayList<>();
            StringBuilder vowels = new StringBuilder();
            boolean marked = false;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (isMark(c)) {
                    marked = true;
                    if (letters.length() == 0) {
                        continue;
                    }
                    int last = letters.length() - 1;
                    if (c == SHADDA) {
                        doubled.set(last, true);
                    } else {
                        vowels.setCharAt(last, c);
                    }
                    continue;
                }
                char f = FoldedText.fold(c);
                if (f == 0) {
                    continue;
                }
                letters.append(f);
                doubled.add(false);
                vowels.append('\0');
            }
            if (letters.length() == 0) {
                continue;
            }
            boolean[] d = new boolean[doubled.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = doubled.get(i);
            }
            out.add(new MarkedWord(letters.toString(), d, vowels.toString().toCharArray(), marked));
        }
        return out;
    }
}
