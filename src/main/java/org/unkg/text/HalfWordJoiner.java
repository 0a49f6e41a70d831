package org.unkg.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.text.VisualOrderRepair.Atom;
import org.unkg.text.VisualOrderRepair.Kind;

/**
 * Reads a visual-order line whose words split by justification carry a tatweel only on their second halves
 * ({@code ــوفر}), the first halves ({@code ي}) looking like ordinary words.
 *
 * <p>Joining: reading the atoms right to left, words ending in a letter a kashida can follow queue as
 * candidate first halves; a second half joins the oldest candidate with which it forms a known word (or a
 * word the letter uses), else, when it is not a word by itself, the oldest likely half: a word that is not
 * known ({@link Lexicon}), a single letter other than {@code و}, or the word at the line end.
 *
 * <p>Order: the line is cut into segments, each starting at a joined second half and ending after a joined
 * first half; following each first half to the segment its second half starts chains the segments in visual
 * order of runs, which are then reversed (runs of words kept, numbers, slashes and full stops their own runs,
 * a comma kept before the words that follow it). A letter glued to the start of a chunk ({@code بفبعد}) that
 * completes a leftover first half ({@code سح} + {@code ب}) is moved to it, and its word starts a run.
 */
final class HalfWordJoiner {
    /** Letters a kashida can follow: they join the letter after them (a first half ends in one). */
    private static final String JOINING = "\u0628\u062A\u062B\u062C\u062D\u062E\u0633\u0634\u0635\u0636\u0637"
            + "\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u064A\u0626\u06CC";
    private final Lexicon lexicon;
    private final Lexicon joins;

    /**
     * @param lexicon words known to be whole (not first halves)
     * @param joins words a join may spell (a superset of {@code lexicon})
     */
    HalfWordJoiner(Lexicon lexicon, Lexicon joins) {
        this.lexicon = lexicon;
        this.joins = joins;
    }

    /** Lines with second halves and no first half ending in tatweel. */
    static boolean applies(List<Atom> atoms) {
        boolean suffix = false;
        for (Atom a : atoms) {
            if (a.kind == Kind.PREFIX) {
                return false;
            }
            suffix |= a.kind == Kind.SUFFIX;
        }
        return suffix;
    }

    /** Joins second halves to first halves; false (atoms untouched) when none could be joined. */
    boolean join(List<Atom> atoms) {
        Deque<Atom> pending = new ArrayDeque<>();
        Set<Atom> strong = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Atom, Atom> pairs = new IdentityHashMap<>();
        for (int i = atoms.size() - 1; i >= 0; i--) {
            Atom a = atoms.get(i);
            if (a.kind == Kind.SUFFIX) {
                Atom c = choose(pending, strong, letters(a));
                if (c != null) {
                    pending.remove(c);
                    pairs.put(c, a);
                }
            } else if (mayBeHalf(a)) {
                pending.addLast(a);
                if (isLikelyHalf(a, i == atoms.size() - 1)) {
                    strong.add(a);
                }
            }
        }
        if (pairs.isEmpty()) {
            return false;
        }
        for (Map.Entry<Atom, Atom> e : pairs.entrySet()) {
            Atom c = e.getKey();
            Atom s = e.getValue();
            c.addAll(s);
            c.joinedSuffix = s;
            s.word = c;
            s.removed = true;
        }
        for (Atom a : atoms) {
            if (a.kind == Kind.SUFFIX) {
                a.kind = Kind.WORD;
            }
        }
        moveGluedLetters(atoms, pending);
        return true;
    }

    private Atom choose(Deque<Atom> pending, Set<Atom> strong, String suffix) {
        if (suffix.isEmpty()) {
            return null;
        }
        for (Atom c : pending) {
            if (joins.isWord(letters(c) + suffix)) {
                return c;
            }
        }
        if (joins.isWord(suffix)) {
            return null;
        }
        for (Atom c : pending) {
            if (strong.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /** A word ending in a letter a kashida can follow. */
    private static boolean mayBeHalf(Atom a) {
        if (a.kind != Kind.WORD || a.removed || !isLetters(a.text)) {
            return false;
        }
        String t = letters(a);
        return !t.isEmpty() && JOINING.indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * A likely first half: not a known word (a known word too at the line end, where first halves gather), or
     * a single letter other than {@code و}.
     */
    private boolean isLikelyHalf(Atom a, boolean lineEnd) {
        String t = letters(a);
        return t.length() == 1 || lineEnd || !lexicon.isWord(t);
    }

    /**
     * A chunk-initial word that is not known but is known without its first letter, where that letter
     * completes a leftover candidate into a known word: the letter belongs to the candidate.
     */
    private void moveGluedLetters(List<Atom> atoms, Deque<Atom> leftovers) {
        for (int i = 0; i < atoms.size(); i++) {
            Atom w = atoms.get(i);
            boolean chunkStart = i == 0 || atoms.get(i - 1).chunk != w.chunk;
            if (!chunkStart || w.removed || w.kind != Kind.WORD || w.text.length() < 4 || !isLetters(w.text)) {
                continue;
            }
            String t = letters(w);
            if (t.length() < 4 || lexicon.isWord(t) || !lexicon.isWord(t.substring(1))) {
                continue;
            }
            for (Iterator<Atom> it = leftovers.iterator(); it.hasNext(); ) {
                Atom u = it.next();
                if (u != w && u.joinedSuffix == null && joins.isWord(letters(u) + t.charAt(0))) {
                    u.add(w.text.charAt(0), w.offsets.get(0));
                    w.text.deleteCharAt(0);
                    w.offsets.remove(0);
                    w.runBreak = true;
                    it.remove();
                    break;
                }
            }
        }
    }

    /** The line's atoms in logical order (see the class comment). */
    List<Atom> order(List<Atom> atoms) {
        List<List<Atom>> segments = new ArrayList<>();
        Map<Atom, List<Atom>> startingAt = new IdentityHashMap<>();
        List<Atom> current = null;
        for (Atom a : atoms) {
            if (a.removed && a.word != a) {
                current = new ArrayList<>();
                segments.add(current);
                startingAt.put(a, current);
                continue;
            }
            if (a.removed) {
                continue;
            }
            if (current == null) {
                current = new ArrayList<>();
                segments.add(current);
            }
            current.add(a);
            if (a.joinedSuffix != null) {
                current = null;
            }
        }
        Map<List<Atom>, List<Atom>> next = new IdentityHashMap<>();
        Set<List<Atom>> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Atom> seg : segments) {
            if (seg.isEmpty()) {
                continue;
            }
            Atom last = seg.get(seg.size() - 1);
            List<Atom> to = last.joinedSuffix == null ? null : startingAt.get(last.joinedSuffix);
            if (to != null && to != seg) {
                next.put(seg, to);
                targets.add(to);
            }
        }
        List<Atom> chained = new ArrayList<>();
        Set<List<Atom>> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int pass = 0; pass < 2; pass++) {
            for (List<Atom> seg : segments) {
                if (done.contains(seg) || pass == 0 && targets.contains(seg)) {
                    continue;
                }
                for (List<Atom> s = seg; s != null && !done.contains(s); s = next.get(s)) {
                    done.add(s);
                    chained.addAll(s);
                }
            }
        }
        return reverseRuns(chained);
    }

    private static List<Atom> reverseRuns(List<Atom> chained) {
        List<List<Atom>> runs = new ArrayList<>();
        List<Atom> run = null;
        for (Atom a : chained) {
            boolean word = a.kind == Kind.WORD;
            if (word && run != null && !a.runBreak) {
                run.add(a);
                continue;
            }
            run = new ArrayList<>();
            run.add(a);
            runs.add(run);
            if (!word && !isComma(a)) {
                run = null;
            }
        }
        List<Atom> out = new ArrayList<>();
        for (int r = runs.size() - 1; r >= 0; r--) {
            out.addAll(runs.get(r));
        }
        return out;
    }

    private static boolean isComma(Atom a) {
        if (a.kind != Kind.PUNCT) {
            return false;
        }
        String t = a.text.toString().strip();
        return t.equals("\u060C") || t.equals(",");
    }

    /** The atom's letters, tatweel and punctuation dropped. */
    private static String letters(Atom a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.text.length(); i++) {
            char c = a.text.charAt(i);
            if (c != TextCleanup.TATWEEL && Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Only Arabic letters, marks and tatweel (no trailing punctuation: a first half ends in a letter). */
    private static boolean isLetters(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != TextCleanup.TATWEEL && !VisualOrderDetector.isArabicLetter(c)
                    && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return s.length() > 0;
    }
}
