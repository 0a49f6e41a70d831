package org.unkg.text;

import java.util.Arrays;

/**
 * The words of a letter's folded text found once for the matchers that read it word by word: runs of letters and
 * digits (a Chinese or other ideographic character a word of its own), each with its span, what stands in the gap
 * before it, and an id that equal words share (ids count from 0 in the order words first occur).
 *
 * <p>A matcher works out what it needs of a word (a vocabulary id, whether a stop word, the forms it may take) once
 * per distinct word of the letter, kept in an array by {@link #id}, instead of hashing every occurrence into its own
 * cache; the text of a word is made once per distinct word ({@link #text(int)}), not once per occurrence and matcher.
 *
 * <p>The gap before a word is told by two flags a matcher combines into its own breaks: {@link #hyphened} (a hyphen
 * right before the word) and {@link #hardBreak} (something other than white space, a hyphen or an apostrophe since
 * the previous word, or since the start of the text). Not thread-safe: one letter on one thread.
 */
public final class LetterWords {
    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private int[] ids;
    private boolean[] hyphened;
    private boolean[] hard;
    /** Distinct words by id. */
    private String[] distinct;
    private int distinctCount;
    /** Open addressing over the distinct words: id + 1 per slot, 0 when free (a power of two). */
    private int[] slots;
    /** Whether the text has no combining mark and no ideograph: its words are then its runs of letters and digits. */
    private boolean plain = true;

    private LetterWords(String text) {
        this.text = text;
        // a text has at most one word per character: a short one (a label, a name) gets short arrays, which grow for
        // a letter as they fill
        int capacity = Math.max(1, Math.min(256, text.length()));
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.ids = new int[capacity];
        this.hyphened = new boolean[capacity];
        this.hard = new boolean[capacity];
        this.distinct = new String[Math.min(128, capacity)];
        this.slots = new int[4 * Integer.highestOneBit(Math.min(128, capacity))];
    }

    /** The words of the folded text {@code text}. */
    public static LetterWords of(String text) {
        LetterWords w = new LetterWords(text);
        int i = 0;
        int n = text.length();
        boolean hardBreak = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                if (Character.isIdeographic(c)) {
                    w.plain = false;
                    i++;
                } else {
                    while (i < n && Character.isLetterOrDigit(text.charAt(i)) && !Character.isIdeographic(text.charAt(i))) {
                        i++;
                    }
                }
                w.add(start, i, start > 0 && text.charAt(start - 1) == '-', hardBreak);
                hardBreak = false;
            } else {
                if (!(Character.isWhitespace(c) || c == '-' || c == '\'')) {
                    hardBreak = true;
                    if (Character.getType(c) == Character.NON_SPACING_MARK) {
                        w.plain = false;
                    }
                }
                i++;
            }
        }
        return w;
    }

    /** The folded text the words are of. */
    public String source() {
        return text;
    }

    /**
     * Whether the text holds no non-spacing mark and no ideograph, so that its words are exactly its maximal runs of
     * letters and digits (what readers splitting on those runs alone, marks included, also find).
     */
    public boolean plain() {
        return plain;
    }

    /** Number of words. */
    public int size() {
        return size;
    }

    /** Start of word {@code i} in the folded text. */
    public int start(int i) {
        return starts[i];
    }

    /** End of word {@code i} in the folded text. */
    public int end(int i) {
        return ends[i];
    }

    /** The id of word {@code i}: equal words have equal ids, in {@code [0, distinct())}. */
    public int id(int i) {
        return ids[i];
    }

    /** Whether a hyphen stands right before word {@code i}. */
    public boolean hyphened(int i) {
        return hyphened[i];
    }

    /** Whether something other than white space, hyphens and apostrophes stands before word {@code i} (since the last). */
    public boolean hardBreak(int i) {
        return hard[i];
    }

    /** Number of distinct words. */
    public int distinct() {
        return distinctCount;
    }

    /** The text of the word with id {@code id}. */
    public String text(int id) {
        return distinct[id];
    }

    /** The text of word {@code i}. */
    public String wordText(int i) {
        return distinct[ids[i]];
    }

    private void add(int start, int end, boolean hyphen, boolean hardBreak) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            ids = Arrays.copyOf(ids, grown);
            hyphened = Arrays.copyOf(hyphened, grown);
            hard = Arrays.copyOf(hard, grown);
        }
        starts[size] = start;
        ends[size] = end;
        ids[size] = intern(start, end);
        hyphened[size] = hyphen;
        hard[size] = hardBreak;
        size++;
    }

    /** The id of the word at {@code [start, end)}, a new one when the word is new (its text made then, once). */
    private int intern(int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + text.charAt(k);
        }
        int mask = slots.length - 1;
        int len = end - start;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            int slot = slots[s];
            if (slot == 0) {
                int id = distinctCount++;
                if (id == distinct.length) {
                    distinct = Arrays.copyOf(distinct, id * 2);
                }
                distinct[id] = text.substring(start, end);
                slots[s] = id + 1;
                if (distinctCount * 2 > slots.length) {
                    rehash();
                }
                return id;
            }
            String known = distinct[slot - 1];
            if (known.length() == len && text.regionMatches(start, known, 0, len)) {
                return slot - 1;
            }
        }
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < distinctCount; id++) {
            int s = spread(distinct[id].hashCode()) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = id + 1;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
