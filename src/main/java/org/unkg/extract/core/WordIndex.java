package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words ({@link Word}) of one text found once, for the many ranges extractors ask about (the words of a sentence
 * before a trigger or a body): {@link #in(int, int)} gives exactly what {@link Word#in(String, int, int)} gives for
 * the range, the words inside it taken from the index and only a word the range cuts scanned again.
 */
final class WordIndex {
    private final String text;
    private final Word[] words;
    private final int[] ends;

    WordIndex(String text) {
        this.text = text;
        this.words = Word.in(text, 0, text.length()).toArray(Word[]::new);
        this.ends = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ends[i] = words[i].end();
        }
    }

    /** The words of the text in {@code [from, to)}, as {@link Word#in(String, int, int)} finds them. */
    List<Word> in(int from, int to) {
        int lo = Math.max(0, from);
        int hi = Math.min(to, text.length());
        if (lo >= hi) {
            return Word.in(text, from, to);
        }
        // the first word ending after the range's start (ends grow with starts: words do not overlap)
        int k = Arrays.binarySearch(ends, lo + 1);
        k = k >= 0 ? k : -(k + 1);
        List<Word> out = new ArrayList<>();
        if (k < words.length && words[k].start() < lo) {
            // a word the range's start cuts: the scan from there stays inside it
            out.addAll(Word.in(text, lo, Math.min(words[k].end(), hi)));
            k++;
        }
        while (k < words.length && words[k].end() <= hi) {
            out.add(words[k]);
            k++;
        }
        if (k < words.length && words[k].start() < hi) {
            // a word the range's end cuts: scanned from its start up to the end, as the region ends it
            out.addAll(Word.in(text, words[k].start(), hi));
        }
        return out;
    }
}
