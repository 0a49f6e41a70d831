package org.unkg.text;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.text.LexiconRepair.Punct;
import org.unkg.text.LexiconRepair.Tok;

/**
 * Puts back a piece of a word that justification split at a non-joining letter and the PDF glued to the
 * start of a neighbouring chunk ({@code لا} + {@code وبناء} → {@code لاوبناء}, {@code ا} + {@code وأشرف}).
 *
 * <p>A word split at a letter that does not join the next one ({@code ا د ذ ر ز و ة} ...) carries no tatweel:
 * each of its glyph runs ({@code ا}, {@code لا}, {@code نتخا} ...) stands alone, and one that falls on a
 * chunk boundary is extracted glued to the first word of the chunk after it. In the visual order such a piece
 * sits between two chunks, so logically it belongs at the end of the chunk it is glued to, before the words of
 * the other chunk.
 *
 * <p>The repair, one line at a time (after {@link VisualOrderRepair} reversed the chunks it could see): a token
 * that is not a known word but is a glyph run followed by a known word or a clause opener ({@code و} + word)
 * is cut after the glyph run. The piece is tried first at the head of a line rotated to start at the rest (the
 * chunk boundary was a single space the reversal could not see), then at every seam inside the line after the
 * rest (the end of its chunk after a reversal). The cut is kept only where the piece joins its neighbours into
 * a known word that at least one neighbour is not on its own ({@code ا} + {@code لا} + {@code حتياجات}); a join
 * of three pieces beats one of two. A glyph run standing alone at the start of a chunk ({@code لإ}, not a word)
 * is moved the same way to the end of its chunk; pieces at the line ends are left to the rotation of
 * {@link LexiconRepair}. Otherwise the line is left as it was, so {@code لا} and {@code و} that are words stay
 * words. Up to {@link #MAX_PASSES} pieces are put back per line.
 */
final class GluedPieceRepair {
    private static final Logger LOG = LoggerFactory.getLogger(GluedPieceRepair.class);
    /** Letters that do not join the letter after them: a glyph run ends in one of them. */
    static final String NON_JOINING = "\u0627\u0623\u0625\u0622\u062F\u0630\u0631\u0632\u0648\u0624\u0629\u0649\u0621";
    /** Alef with hamza above, below, or madda. */
    private static final String HAMZA_ALEF = "\u0623\u0625\u0622";
    /** The conjunction, a word of one letter. */
    /** Most pieces put back in one line. */
    static final int MAX_PASSES = 3;
    /** Longest glyph run taken for a glued piece. */
    static final int MAX_PIECE = 3;
    /** Fewest letters the rest of a cut token keeps. */
    static final int MIN_REST = 3;
    /** Fewest letters of a word the piece completes. */
    static final int MIN_JOINED = 4;

    private GluedPieceRepair() {
    }

    /** A line with its glued and stray pieces put back where they complete words; the line itself when none. */
    static List<Tok> place(List<Tok> line, Lexicon lex) {
        List<Tok> out = line;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Tok> next = placeOne(out, lex);
            if (next == null) {
                break;
            }
            out = next;
        }
        return out;
    }

    /** The line with one piece put back, or null. */
    private static List<Tok> placeOne(List<Tok> line, Lexicon lex) {
        Punct p = Punct.of(line);
        List<Tok> body = p.body();
        for (int i = 0; i < body.size(); i++) {
            String t = body.get(i).s();
            if (!LexiconRepair.isArabicWord(t)) {
                continue;
            }
            if (isStrayPiece(t, lex)) {
                List<Tok> placed = bestPlacement(body, i, t.length(), lex);
                if (placed != null) {
                    LOG.debug("stray piece '{}' put back", t);
                    return p.restore(placed);
                }
                continue;
            }
            if (lex.isWord(t)) {
                continue;
            }
            for (int k = 1; k <= MAX_PIECE && k <= t.length() - MIN_REST; k++) {
                String rest = t.substring(k);
                if (!isGlyphRun(t.substring(0, k)) || !lex.isWord(rest) && !LexiconRepair.startsClause(rest, lex)) {
                    continue;
                }
                List<Tok> placed = bestPlacement(body, i, k, lex);
                if (placed != null) {
                    LOG.debug("glued piece '{}' of '{}' put back", t.substring(0, k), t);
                    return p.restore(placed);
                }
            }
        }
        return null;
    }

    /**
     * A token that is a glyph run alone ({@code لإ}) and not a word, other than a clause conjunction ({@code و}). A letter
     * and an alef with hamza or madda ({@code لإ}, {@code لأ}) is a piece even though folding reads it as a word.
     */
    private static boolean isStrayPiece(String t, Lexicon lex) {
        boolean hamzaPiece = t.length() <= 2 && HAMZA_ALEF.indexOf(t.charAt(t.length() - 1)) >= 0;
        boolean word = !hamzaPiece && lex.isWord(t);
        return t.length() <= MAX_PIECE && isGlyphRun(t) && !word && !lex.structure().clauseConjunctions().contains(t);
    }

    /** Letters that join the next one, then one that does not: a run of glyphs written without a break. */
    static boolean isGlyphRun(String piece) {
        int last = piece.length() - 1;
        if (last < 0 || NON_JOINING.indexOf(piece.charAt(last)) < 0) {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (NON_JOINING.indexOf(piece.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The line with token {@code i} cut after {@code k} letters and its piece joined where it fits best, or null. */
    private static List<Tok> bestPlacement(List<Tok> body, int i, int k, Lexicon lex) {
        Tok token = body.get(i);
        Tok piece = token.slice(0, k);
        boolean stray = k == token.s().length();
        List<Tok> rest = stray ? List.of() : List.of(token.slice(k, token.s().length()));
        int n = body.size();
        List<Tok> best = null;
        int bestScore = 0;
        if (stray) {
            Joined joined = join(new ArrayList<>(body), i, lex);
            if (joined != null) {
                best = joined.line();
                bestScore = joined.score();
            }
        }
        if (i > 0 && !stray) {
            List<Tok> cand = new ArrayList<>();
            cand.addAll(rest);
            cand.addAll(body.subList(i + 1, n));
            int at = cand.size();
            cand.add(piece);
            cand.addAll(body.subList(0, i));
            Joined joined = join(cand, at, lex);
            if (joined != null) {
                best = joined.line();
                bestScore = joined.score();
            }
        }
        for (int j = i + 1; j < n; j++) {
            List<Tok> cand = new ArrayList<>(body.subList(0, i));
            cand.addAll(rest);
            cand.addAll(body.subList(i + 1, j));
            int at = cand.size();
            cand.add(piece);
            cand.addAll(body.subList(j, n));
            Joined joined = join(cand, at, lex);
            if (joined != null && joined.score() > bestScore) {
                best = joined.line();
                bestScore = joined.score();
            }
        }
        return best;
    }

    /** A line with the piece joined to its neighbours, scored by the number of pieces joined. */
    private record Joined(List<Tok> line, int score) {
    }

    /**
     * Joins the piece at {@code at} to its neighbours when that spells a known word not spelled by the
     * neighbours alone: both neighbours (score 3), else the left one or the right one (score 2).
     */
    private static Joined join(List<Tok> line, int at, Lexicon lex) {
        Tok piece = line.get(at);
        Tok left = at > 0 ? line.get(at - 1) : null;
        Tok right = at + 1 < line.size() ? line.get(at + 1) : null;
        boolean leftOk = left != null && LexiconRepair.isArabicWord(left.s());
        String rightCore = right == null ? "" : LexiconRepair.core(right.s());
        boolean rightOk = right != null && LexiconRepair.isArabicWord(rightCore);
        if (leftOk && rightOk) {
            String w = left.s() + piece.s() + rightCore;
            if (known(w, lex) && !(lex.isWord(left.s()) && lex.isWord(rightCore))) {
                return new Joined(replace(line, at - 1, 3, Tok.concat(Tok.concat(left, piece), right)), 3);
            }
        }
        if (leftOk && !lex.isWord(left.s()) && known(left.s() + piece.s(), lex)) {
            return new Joined(replace(line, at - 1, 2, Tok.concat(left, piece)), 2);
        }
        if (rightOk && !lex.isWord(rightCore) && known(piece.s() + rightCore, lex)) {
            return new Joined(replace(line, at, 2, Tok.concat(piece, right)), 2);
        }
        return null;
    }

    private static boolean known(String word, Lexicon lex) {
        return word.length() >= MIN_JOINED && lex.isWord(word);
    }

    private static List<Tok> replace(List<Tok> line, int from, int count, Tok with) {
        List<Tok> out = new ArrayList<>(line.subList(0, from));
        out.add(with);
        out.addAll(line.subList(from + count, line.size()));
        return out;
    }
}
