package org.unkg.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Second pass over the lines of a visual-order PDF extraction, after {@link VisualOrderRepair}, guided by a
 * {@link Lexicon}: the lexicon given by the caller plus the words that occur at least twice in the letter.
 *
 * <p>Three repairs, each taken only when it forms known words or phrases that were not there before:
 * <ul>
 *   <li>a token glued over a chunk boundary ({@code التوسيضطلع}) is cut where its first part completes a
 *       stray fragment of the same line into a known word ({@code الت} + {@code الية}); the cut is a chunk
 *       boundary, so the part after it starts the line;</li>
 *   <li>a line whose chunks were separated by a single space is rotated when that joins the pieces of a
 *       split word at the new seam ({@code الانتخاب} … {@code ت}) or completes a known phrase across the
 *       break from the previous line ({@code منظمة} | {@code شنغهاي للتعاون});</li>
 *   <li>neighbouring pieces of a word split without tatweel are joined ({@code لم كتب} → {@code لمكتب})
 *       when the joined form is a known word and one piece is not.</li>
 * </ul>
 * Sentence-final punctuation at the end of a line stays at its end. Offsets are kept.
 */
final class LexiconRepair {
    private static final Logger LOG = LoggerFactory.getLogger(LexiconRepair.class);
    /** How often a word must occur in the letter to count as a known word of the letter. */
    static final int LETTER_WORD_MIN_COUNT = 2;
    /** Shortest word (folded letters) the letter contributes to the lexicon. */
    static final int LETTER_WORD_MIN_LENGTH = 3;

    private final Lexicon base;

    LexiconRepair(Lexicon base) {
        this.base = base;
    }

    /** One whitespace-separated token of a line, with its offsets. */
    record Tok(OffsetText text) {
        String s() {
            return text.text();
        }

        static Tok concat(Tok a, Tok b) {
            OffsetTextBuilder out = new OffsetTextBuilder();
            out.append(a.text, 0, a.text.length());
            out.append(b.text, 0, b.text.length());
            return new Tok(out.build(Math.max(a.text.sourceOffset(a.text.length()), b.text.sourceOffset(b.text.length()))));
        }

        Tok slice(int from, int to) {
            return new Tok(new OffsetTextBuilder().append(text, from, to).build(text.sourceOffset(text.length())));
        }
    }

    /** Repairs the (already order-repaired and cleaned) lines of one letter. */
    List<OffsetText> repair(List<OffsetText> lines) {
        List<List<Tok>> toks = new ArrayList<>();
        for (OffsetText line : lines) {
            toks.add(tokens(line));
        }
        Lexicon lex = base.plusWords(letterWords(toks));
        List<OffsetText> out = new ArrayList<>();
        List<Tok> prev = List.of();
        for (int i = 0; i < toks.size(); i++) {
            List<Tok> line = toks.get(i);
            List<Tok> fixed = new ArrayList<>(line);
            String before = render(fixed, lines.get(i)).text();
            fixed = splitGlued(fixed, lex);
            fixed = GluedPieceRepair.place(fixed, lex);
            fixed = rotate(fixed, prev, lex);
            fixed = joinSplitWords(fixed, lex);
            OffsetText r = render(fixed, lines.get(i));
            if (!r.text().equals(before)) {
                LOG.debug("lexicon repair: '{}' -> '{}'", before, r.text());
            }
            out.add(r);
            prev = fixed;
        }
        return out;
    }

    // ---- lexicon of the letter -------------------------------------------------------------------------

    private static List<String> letterWords(List<List<Tok>> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Tok> line : lines) {
            for (Tok t : line) {
                String f = Lexicon.fold(t.s());
                if (f.length() >= LETTER_WORD_MIN_LENGTH) {
                    counts.merge(f, 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        counts.forEach((w, n) -> {
            if (n >= LETTER_WORD_MIN_COUNT) {
                out.add(w);
            }
        });
        return out;
    }

    // ---- glued tokens ----------------------------------------------------------------------------------

    /**
     * {@code t = A + B} where {@code A + f} is a known word for a stray fragment {@code f} of the line (neither
     * {@code t} nor {@code A} known; {@code f} unknown too unless it stands at an end of the line, where the
     * pieces of a broken chunk land, since a fragment may happen to spell a word): {@code A + f} takes {@code A}'s place, {@code f} goes, and the
     * line is rotated to start at {@code B}.
     */
    private static List<Tok> splitGlued(List<Tok> line, Lexicon lex) {
        for (int i = 0; i < line.size(); i++) {
            Tok t = line.get(i);
            String ts = t.s();
            if (!isArabicWord(ts) || ts.length() < 5 || lex.isWord(ts)) {
                continue;
            }
            for (int j = 0; j < line.size(); j++) {
                Tok f = line.get(j);
                boolean edge = j == 0 || j == line.size() - 1;
                if (j == i || !isArabicWord(core(f.s())) || core(f.s()).length() < 2 || !edge && lex.isWord(f.s())) {
                    continue;
                }
                for (int k = 2; k <= ts.length() - 3; k++) {
                    String a = ts.substring(0, k);
                    String b = ts.substring(k);
                    if (lex.structure().onlyClitics(a) || lex.isWord(a) || !lex.isWord(a + core(f.s()))) {
                        continue;
                    }
                    Punct p = Punct.of(line);
                    List<Tok> body = p.body();
                    int fi = j;
                    Tok joined = Tok.concat(t.slice(0, k), body.get(fi).slice(0, core(body.get(fi).s()).length()));
                    Tok rest = t.slice(k, ts.length());
                    List<Tok> head = new ArrayList<>();
                    List<Tok> tail = new ArrayList<>();
                    tail.add(rest);
                    for (int n = 0; n < body.size(); n++) {
                        if (n == fi) {
                            continue;
                        }
                        if (n < i) {
                            head.add(body.get(n));
                        } else if (n == i) {
                            head.add(joined);
                        } else {
                            tail.add(body.get(n));
                        }
                    }
                    List<Tok> out = new ArrayList<>(tail);
                    out.addAll(head);
                    return p.restore(out);
                }
            }
        }
        return line;
    }

    // ---- rotation --------------------------------------------------------------------------------------

    /** Moves the first {@code k} tokens to the end when that gains known words or phrases at the seams. */
    private static List<Tok> rotate(List<Tok> line, List<Tok> prev, Lexicon lex) {
        Punct p = Punct.of(line);
        List<Tok> body = p.body();
        int n = body.size();
        if (n < 2 || startsListItem(body.get(0).s())) {
            return line;
        }
        int best = 0;
        int bestGain = 0;
        for (int k = 1; k < n; k++) {
            if (endsSentence(body.get(k - 1).s())) {
                break;
            }
            int gain = seam(body.get(n - 1), body.get(0), body, n - 2, 1, lex)
                    + prevSeam(prev, body, k, lex)
                    - seam(body.get(k - 1), body.get(k), body, k - 2, k + 1, lex)
                    - prevSeam(prev, body, 0, lex);
            boolean clauseStart = startsClause(body.get(k).s(), lex);
            if (gain > bestGain || gain == bestGain && gain > 0 && clauseStart && !startsClause(body.get(best).s(), lex)) {
                bestGain = gain;
                best = k;
            }
        }
        if (best == 0) {
            return line;
        }
        List<Tok> out = new ArrayList<>(body.subList(best, n));
        out.addAll(body.subList(0, best));
        return p.restore(out);
    }

    /** Score of the seam {@code x y}: 2 when they are the pieces of one known word, 1 when inside a known phrase. */
    private static int seam(Tok x, Tok y, List<Tok> ctx, int beforeX, int afterY, Lexicon lex) {
        if (isFragmentJoin(x.s(), y.s(), lex)) {
            return 2;
        }
        List<String> left = new ArrayList<>();
        for (int i = Math.max(0, beforeX - 1); i <= beforeX && i < ctx.size(); i++) {
            left.add(ctx.get(i).s());
        }
        left.add(x.s());
        List<String> right = new ArrayList<>();
        right.add(y.s());
        for (int i = afterY; i >= 0 && i < ctx.size() && i < afterY + 2; i++) {
            right.add(ctx.get(i).s());
        }
        return bridges(left, right, lex) ? 1 : 0;
    }

    /** Score of the seam between the previous line's end and the line started at token {@code k}. */
    private static int prevSeam(List<Tok> prev, List<Tok> body, int k, Lexicon lex) {
        if (prev.isEmpty() || endsSentence(prev.get(prev.size() - 1).s())) {
            return 0;
        }
        List<String> left = new ArrayList<>();
        for (int i = Math.max(0, prev.size() - 3); i < prev.size(); i++) {
            left.add(prev.get(i).s());
        }
        List<String> right = new ArrayList<>();
        for (int i = 0; i < Math.min(3, body.size()); i++) {
            right.add(body.get((k + i) % body.size()).s());
        }
        return bridges(left, right, lex) ? 1 : 0;
    }

    /**
     * Whether a strong phrase ({@link Lexicon#isStrongPhrase}) runs over the seam between {@code left} (words
     * before it, nearest last) and {@code right} (words after it, nearest first).
     */
    static boolean bridges(List<String> left, List<String> right, Lexicon lex) {
        for (int size = 3; size <= 4; size++) {
            for (int fromLeft = 1; fromLeft < size; fromLeft++) {
                int fromRight = size - fromLeft;
                if (fromLeft > left.size() || fromRight > right.size()) {
                    continue;
                }
                List<String> window = new ArrayList<>(left.subList(left.size() - fromLeft, left.size()));
                window.addAll(right.subList(0, fromRight));
                if (lex.isStrongPhrase(window)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- split words -----------------------------------------------------------------------------------

    /** Joins neighbours that are the pieces of one known word. */
    private static List<Tok> joinSplitWords(List<Tok> line, Lexicon lex) {
        List<Tok> out = new ArrayList<>(line);
        for (int i = 0; i + 1 < out.size(); i++) {
            if (isFragmentJoin(out.get(i).s(), out.get(i + 1).s(), lex)) {
                out.set(i, Tok.concat(out.get(i), out.get(i + 1)));
                out.remove(i + 1);
            }
        }
        return out;
    }

    /** {@code a} and {@code b} are pieces of one known word: joined known, one of them not known alone. */
    static boolean isFragmentJoin(String a, String b, Lexicon lex) {
        String cb = core(b);
        if (!isArabicWord(a) || !isArabicWord(cb) || a.length() + cb.length() < 4) {
            return false;
        }
        return lex.isWord(a + cb) && !(lex.isWord(a) && lex.isWord(cb));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** A line's tokens with the sentence-final punctuation at its end taken off, to be put back at the end. */
    record Punct(List<Tok> body, Tok mark) {
        static Punct of(List<Tok> line) {
            if (line.isEmpty()) {
                return new Punct(line, null);
            }
            Tok last = line.get(line.size() - 1);
            String s = last.s();
            int end = s.length();
            while (end > 0 && isFinalMark(s.charAt(end - 1))) {
                end--;
            }
            if (end == s.length()) {
                return new Punct(line, null);
            }
            List<Tok> body = new ArrayList<>(line.subList(0, line.size() - 1));
            if (end > 0) {
                body.add(last.slice(0, end));
            }
            return new Punct(body, last.slice(end, s.length()));
        }

        List<Tok> restore(List<Tok> reordered) {
            if (mark == null) {
                return reordered;
            }
            List<Tok> out = new ArrayList<>(reordered);
            if (out.isEmpty()) {
                out.add(mark);
            } else {
                out.set(out.size() - 1, Tok.concat(out.get(out.size() - 1), mark));
            }
            return out;
        }
    }

    private static boolean isFinalMark(char c) {
        return c == '.' || c == ':' || c == '\u061B' || c == '\u061F' || c == '!' || c == ';';
    }

    private static boolean endsSentence(String s) {
        return !s.isEmpty() && isFinalMark(s.charAt(s.length() - 1));
    }

    /** A word that opens a clause: a clause conjunction ({@code و}) joined to a word of three letters or more. */
    static boolean startsClause(String s, Lexicon lex) {
        return s.length() >= 4 && lex.structure().opensClause(s) && isArabicWord(core(s));
    }

    private static boolean startsListItem(String s) {
        return s.equals("•") || s.equals("-") || s.matches("\\p{Nd}{1,2}[-.)]?") || s.matches("\\(\\p{L}\\)");
    }

    /** The word without trailing punctuation (comma, full stop, colon, ...). */
    static String core(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    static boolean isArabicWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!VisualOrderDetector.isArabicLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static List<Tok> tokens(OffsetText line) {
        List<Tok> out = new ArrayList<>();
        String s = line.text();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != ' ') {
                i++;
            }
            out.add(new Tok(new OffsetTextBuilder().append(line, start, i).build(line.sourceOffset(line.length()))));
        }
        return out;
    }

    private static OffsetText render(List<Tok> toks, OffsetText line) {
        OffsetTextBuilder out = new OffsetTextBuilder();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (i > 0) {
                out.append(' ', t.text().length() > 0 ? t.text().sourceOffset(0) : 0);
            }
            out.append(t.text(), 0, t.text().length());
        }
        return out.build(line.sourceOffset(line.length()));
    }
}
