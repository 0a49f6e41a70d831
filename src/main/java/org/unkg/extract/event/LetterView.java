package org.unkg.extract.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.unkg.catalog.FoldedText;
import org.unkg.extract.date.DateFinder;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.fact.Span;
import org.unkg.text.LetterText;

/**
 * A letter's body folded for rule matching, with its sentences, parenthesis depth and dates. Positions are
 * in the folded text; {@link #span(int, int)} turns them into body spans for facts and {@link #folded(int)}
 * turns a body offset into a folded position.
 */
public final class LetterView {
    private final LetterText letter;
    private final FoldedText folded;
    private final String text;
    private final int[] fromBody;
    private final int[] depth;
    private final List<int[]> sentences;
    private final List<DateMention> dates;

    private LetterView(LetterText letter) {
        this.letter = letter;
        this.folded = FoldedText.of(letter.body());
        this.text = folded.text();
        this.fromBody = new int[letter.body().length() + 1];
        int j = 0;
        for (int b = 0; b <= letter.body().length(); b++) {
            while (j < text.length() && folded.sourceOffset(j) < b) {
                j++;
            }
            fromBody[b] = j;
        }
        this.depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                d++;
            }
            depth[i] = d;
            if ((c == ')' || c == ']') && d > 0) {
                d--;
            }
        }
        this.sentences = Sentences.split(text);
        this.dates = DateFinder.defaults().find(text);
    }

    /** The view of {@code letter}. */
    public static LetterView of(LetterText letter) {
        return new LetterView(letter);
    }

    public LetterText letter() { return letter; }

    /** The folded body. */
    public String text() { return text; }

    /** Sentences as {@code [start, end)} pairs in text order. */
    public List<int[]> sentences() { return Collections.unmodifiableList(sentences); }

    /** The sentence holding {@code pos}. */
    public int[] sentenceAt(int pos) {
        for (int[] s : sentences) {
            if (pos >= s[0] && pos < s[1]) {
                return s;
            }
        }
        return new int[] {pos, pos};
    }

    /** Dates in {@code [start, end)}, in text order. */
    public List<DateMention> datesIn(int start, int end) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention m : dates) {
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** Parenthesis depth at {@code pos}. */
    public int depth(int pos) {
        return depth[Math.max(0, Math.min(pos, depth.length - 1))];
    }

    /** The folded position of a body offset. */
    public int folded(int bodyOffset) {
        return fromBody[Math.max(0, Math.min(bodyOffset, fromBody.length - 1))];
    }

    /** The body span of folded {@code [start, end)}. */
    public Span span(int start, int end) {
        int s = folded.sourceOffset(start);
        int e = Math.max(s, folded.sourceEnd(end));
        return new Span(s, e);
    }

    /** The body text of folded {@code [start, end)}. */
    public String bodyText(int start, int end) {
        Span s = span(start, end);
        return letter.body().substring(s.start(), s.end());
    }

    /** Number of words in folded {@code [start, end)}. */
    public int words(int start, int end) {
        if (end <= start) {
            return 0;
        }
        String s = text.substring(start, end).strip();
        return s.isEmpty() ? 0 : s.split("[\\s\\p{Punct}،؛]+").length;
    }
}
