package org.unkg.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Puts one line of a visual-order Arabic PDF extraction back into logical order, keeping each character's
 * offset.
 *
 * <p>What such a line looks like: the line's chunks (separated by runs of two or more spaces) come in
 * reversed order; inside a chunk, runs of Arabic words are in logical order but numbers, slashes, brackets
 * and leading punctuation break runs, and the runs come in reversed order (so a sentence-final {@code .}
 * shows at the start, {@code )x(} stands for {@code (x)}); words justified with tatweel are split into a
 * prefix fragment ending in tatweel and a suffix fragment starting with tatweel, which can be interleaved
 * with other words or glued to digits.
 *
 * <p>The repair: split the line into atoms (words, fragments, numbers, punctuation, brackets, Latin
 * tokens); join fragments by reading the atoms right to left with a FIFO queue of pending prefixes, each
 * suffix joining the oldest pending prefix (the joined word takes the prefix's place); then reverse the
 * chunk order and, inside each chunk, the run order. A chunk that held fragments is taken as visual at word
 * level (every atom its own run). Digit groups such as {@code ١ ٠٠٠} stay one number.
 */
public final class VisualOrderRepair {

    enum Kind { WORD, PREFIX, SUFFIX, NUMBER, PUNCT, BRACKET, SLASH, LATIN }

    /** One unit of a line: its characters with their source offsets. */
    static final class Atom {
        final StringBuilder text = new StringBuilder();
        final List<Integer> offsets = new ArrayList<>();
        Kind kind;
        int chunk;
        boolean fragment;
        boolean removed;
        boolean tokenStart;
        boolean tokenEnd;
        /** For a fragment: the atom holding the whole word after joining. */
        Atom word;
        /** For a first half without tatweel: the second half joined to it. */
        Atom joinedSuffix;
        /** A logical run starts at this atom (a letter glued to its start was moved away). */
        boolean runBreak;

        Atom(Kind kind, int chunk) {
            this.kind = kind;
            this.chunk = chunk;
        }

        void add(char c, int offset) {
            text.append(c);
            offsets.add(offset);
        }

        void addAll(Atom other) {
            text.append(other.text);
            offsets.addAll(other.offsets);
        }

        boolean isRunWord() {
            return kind == Kind.WORD;
        }

        @Override
        public String toString() {
            return kind + ":" + text;
        }
    }

    /** Repairs a line given as a plain string. */
    public String repair(String line) {
        return repair(OffsetText.identity(line)).text();
    }

    /** Repairs {@code line}; the result maps to the same source as {@code line}. Tatweel is kept (cleaned later). */
    public OffsetText repair(OffsetText line) {
        return repair(line, null);
    }

    /**
     * Repairs {@code line}, with {@code lexicon} (may be null) telling which words are known: with it, a line
     * whose split words have a tatweel only on their second halves is read by {@code HalfWordJoiner}.
     */
    OffsetText repair(OffsetText line, Lexicon lexicon) {
        return repair(line, lexicon, lexicon);
    }

    /** As {@link #repair(OffsetText, Lexicon)}, a join of halves also taken when it spells a word of {@code joins}. */
    OffsetText repair(OffsetText line, Lexicon lexicon, Lexicon joins) {
        List<Atom> atoms = atoms(line);
        for (Atom a : atoms) {
            a.word = a;
        }
        if (lexicon != null && HalfWordJoiner.applies(atoms)) {
            HalfWordJoiner joiner = new HalfWordJoiner(lexicon, joins);
            if (joiner.join(atoms)) {
                return render(joiner.order(atoms), line.sourceOffset(line.length()));
            }
        }
        joinFragments(atoms);
        List<Atom> ordered = anchorBetweenFragments(atoms, order(atoms));
        return render(ordered, line.sourceOffset(line.length()));
    }

    // ---- atoms ---------------------------------------------------------------------------------------

    List<Atom> atoms(OffsetText line) {
        String s = line.text();
        List<Atom> atoms = new ArrayList<>();
        int chunk = 0;
        int i = 0;
        int prevEnd = -1;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int gap = prevEnd < 0 ? 0 : start - prevEnd;
            if (prevEnd >= 0 && (gap >= 2 || s.substring(prevEnd, start).indexOf('\t') >= 0)) {
                chunk++;
            }
            int before = atoms.size();
            splitToken(line, start, i, chunk, atoms);
            if (gap == 1 && before > 0 && atoms.size() > before) {
                mergeDigitGroup(atoms, before, line.sourceOffset(prevEnd));
            }
            if (atoms.size() > before) {
                atoms.get(before).tokenStart = true;
                atoms.get(atoms.size() - 1).tokenEnd = true;
            }
            prevEnd = i;
        }
        return atoms;
    }

    /** {@code ١ ٠٠٠}: a 1–3 digit number followed by a group of exactly three digits is one number. */
    private static void mergeDigitGroup(List<Atom> atoms, int first, int spaceOffset) {
        Atom next = atoms.get(first);
        Atom prev = atoms.get(first - 1);
        if (next.kind == Kind.NUMBER && prev.kind == Kind.NUMBER && prev.tokenStart && next.chunk == prev.chunk
                && next.text.length() == 3 && allDigits(next.text) && allDigits(prev.text) && prev.text.length() <= 3) {
            prev.add(' ', spaceOffset);
            prev.addAll(next);
            atoms.remove(first);
        }
    }

    private static boolean allDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.length() > 0;
    }

    private void splitToken(OffsetText line, int start, int end, int chunk, List<Atom> out) {
        String s = line.text();
        int first = out.size();
        if (hasLatinLetter(s, start, end)) {
            int a = start;
            int b = end;
            while (a < b && isBracket(s.charAt(a))) {
                Atom br = new Atom(Kind.BRACKET, chunk);
                br.add(s.charAt(a), line.sourceOffset(a));
                out.add(br);
                a++;
            }
            List<Atom> tail = new ArrayList<>();
            while (b > a && isBracket(s.charAt(b - 1))) {
                Atom br = new Atom(Kind.BRACKET, chunk);
                br.add(s.charAt(b - 1), line.sourceOffset(b - 1));
                tail.add(0, br);
                b--;
            }
            if (b > a) {
                Atom latin = new Atom(Kind.LATIN, chunk);
                for (int k = a; k < b; k++) {
                    latin.add(s.charAt(k), line.sourceOffset(k));
                }
                out.add(latin);
            }
            out.addAll(tail);
            return;
        }
        Atom current = null;
        int k = start;
        while (k < end) {
            char c = s.charAt(k);
            int off = line.sourceOffset(k);
            if (Character.isDigit(c)) {
                if (current == null || current.kind != Kind.NUMBER) {
                    current = new Atom(Kind.NUMBER, chunk);
                    out.add(current);
                }
                current.add(c, off);
            } else if (isLetterish(c)) {
                if (current == null || !isLetterAtom(current) || current.kind == Kind.WORD && endsWithPunct(current)) {
                    current = new Atom(Kind.WORD, chunk);
                    out.add(current);
                }
                current.add(c, off);
            } else if (isBracket(c) || c == '/') {
                current = new Atom(isBracket(c) ? Kind.BRACKET : Kind.SLASH, chunk);
                current.add(c, off);
                out.add(current);
                current = null;
            } else if (isNumberSeparator(c) && current != null && current.kind == Kind.NUMBER
                    && k + 1 < end && Character.isDigit(s.charAt(k + 1))) {
                current.add(c, off);
            } else if (current != null && (isLetterAtom(current) || current.kind == Kind.NUMBER || current.kind == Kind.PUNCT)) {
                current.add(c, off);
            } else {
                current = new Atom(Kind.PUNCT, chunk);
                current.add(c, off);
                out.add(current);
            }
            k++;
        }
        for (int n = first; n < out.size(); n++) {
            if (out.get(n).kind == Kind.WORD) {
                classifyFragment(out.get(n));
            }
        }
    }

    private static boolean isLetterAtom(Atom a) {
        return a.kind == Kind.WORD || a.kind == Kind.PREFIX || a.kind == Kind.SUFFIX;
    }

    private static boolean endsWithPunct(Atom a) {
        char last = a.text.charAt(a.text.length() - 1);
        return !isLetterish(last);
    }

    private static void classifyFragment(Atom a) {
        String t = a.text.toString();
        int end = t.length();
        while (end > 0 && !isLetterish(t.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return;
        }
        boolean lead = t.charAt(0) == TextCleanup.TATWEEL;
        boolean trail = t.charAt(end - 1) == TextCleanup.TATWEEL;
        boolean letters = t.substring(0, end).chars().anyMatch(ch -> ch != TextCleanup.TATWEEL);
        if (!letters) {
            return;
        }
        if (lead && startsWord(t, end)) {
            return;
        }
        if (lead) {
            a.kind = Kind.SUFFIX;
            a.fragment = true;
        } else if (trail) {
            a.kind = Kind.PREFIX;
            a.fragment = true;
        }
    }

    /**
     * A tatweel before a letter that only starts words (alef with hamza or madda) is a stray justification
     * mark before a whole word ({@code ـإحاطة}), not the second half of a split word.
     */
    private static boolean startsWord(String t, int end) {
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (c != TextCleanup.TATWEEL) {
                return c == '\u0623' || c == '\u0625' || c == '\u0622';
            }
        }
        return false;
    }

    static boolean isLetterish(char c) {
        if (c == TextCleanup.TATWEEL) {
            return true;
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean hasLatinLetter(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return true;
            }
        }
        return false;
    }

    static boolean isBracket(char c) {
        return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '«' || c == '»';
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    }

    // ---- fragments ------------------------------------------------------------------------------------

    /** Right to left, a FIFO queue of pending prefixes; each suffix joins the oldest. */
    void joinFragments(List<Atom> atoms) {
        Deque<Atom> pending = new ArrayDeque<>();
        for (int i = atoms.size() - 1; i >= 0; i--) {
            Atom a = atoms.get(i);
            if (a.kind == Kind.PREFIX) {
                pending.addLast(a);
            } else if (a.kind == Kind.SUFFIX) {
                Atom prefix = pending.pollFirst();
                if (prefix != null) {
                    a.word = prefix;
                    prefix.addAll(a);
                    prefix.kind = Kind.WORD;
                    a.removed = true;
                } else {
                    a.kind = Kind.WORD;
                }
            }
        }
        for (Atom a : pending) {
            a.kind = Kind.WORD;
        }
    }

    // ---- order ----------------------------------------------------------------------------------------

    List<Atom> order(List<Atom> atoms) {
        int chunks = atoms.isEmpty() ? 0 : atoms.get(atoms.size() - 1).chunk + 1;
        List<Atom> out = new ArrayList<>();
        for (int c = chunks - 1; c >= 0; c--) {
            List<Atom> inChunk = new ArrayList<>();
            boolean fragments = false;
            for (Atom a : atoms) {
                if (a.chunk == c) {
                    inChunk.add(a);
                    fragments |= a.fragment;
                }
            }
            List<List<Atom>> runs = new ArrayList<>();
            List<Atom> run = null;
            for (Atom a : inChunk) {
                if (a.removed) {
                    continue;
                }
                if (!fragments && a.isRunWord() && run != null) {
                    run.add(a);
                    continue;
                }
                run = new ArrayList<>();
                run.add(a);
                runs.add(run);
                if (fragments || !a.isRunWord()) {
                    run = null;
                }
            }
            for (int r = runs.size() - 1; r >= 0; r--) {
                out.addAll(runs.get(r));
            }
        }
        return out;
    }

    /**
     * A number or slash standing between fragments of joined words is read in local visual order: the word
     * of its right-hand neighbour comes before it, the word of its left-hand neighbour after it (neighbours
     * in the same chunk only). Words and atoms linked this way form a chain, emitted whole where its first
     * member falls in the base order; this keeps {@code ٧ أيار/مايو ٢٠٠٧} together when its words were split.
     */
    List<Atom> anchorBetweenFragments(List<Atom> atoms, List<Atom> base) {
        java.util.Map<Atom, Atom> next = new java.util.IdentityHashMap<>();
        java.util.Map<Atom, Atom> prev = new java.util.IdentityHashMap<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom x = atoms.get(i);
            if (x.kind != Kind.NUMBER && x.kind != Kind.SLASH) {
                continue;
            }
            if (i + 1 < atoms.size() && atoms.get(i + 1).fragment && atoms.get(i + 1).chunk == x.chunk) {
                link(atoms.get(i + 1).word, x, next, prev);
            }
            if (i > 0 && atoms.get(i - 1).fragment && atoms.get(i - 1).chunk == x.chunk) {
                link(x, atoms.get(i - 1).word, next, prev);
            }
        }
        if (next.isEmpty()) {
            return base;
        }
        List<Atom> out = new ArrayList<>();
        java.util.Set<Atom> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Atom a : base) {
            if (done.contains(a)) {
                continue;
            }
            Atom head = a;
            int guard = 0;
            while (prev.containsKey(head) && guard++ < atoms.size()) {
                head = prev.get(head);
            }
            for (Atom c = head; c != null && !done.contains(c); c = next.get(c)) {
                out.add(c);
                done.add(c);
            }
            if (!done.contains(a)) {
                out.add(a);
                done.add(a);
            }
        }
        return out;
    }

    private static void link(Atom before, Atom after, java.util.Map<Atom, Atom> next, java.util.Map<Atom, Atom> prev) {
        if (before == after || before.removed || after.removed || next.containsKey(before) || prev.containsKey(after)) {
            return;
        }
        for (Atom c = after; c != null; c = next.get(c)) {
            if (c == before) {
                return;
            }
        }
        next.put(before, after);
        prev.put(after, before);
    }

    // ---- render ---------------------------------------------------------------------------------------

    OffsetText render(List<Atom> ordered, int sourceLength) {
        OffsetTextBuilder b = new OffsetTextBuilder();
        Atom prev = null;
        for (Atom a : ordered) {
            if (prev != null && spaceBetween(prev, a)) {
                b.append(' ', prev.offsets.get(prev.offsets.size() - 1));
            }
            for (int i = 0; i < a.text.length(); i++) {
                b.append(a.text.charAt(i), a.offsets.get(i));
            }
            prev = a;
        }
        return b.build(sourceLength);
    }

    private static boolean spaceBetween(Atom left, Atom right) {
        char l = left.text.charAt(left.text.length() - 1);
        char r = right.text.charAt(0);
        if (l == '(' || l == '[' || l == '{' || l == '«' || l == '/') {
            return false;
        }
        if (r == ')' || r == ']' || r == '}' || r == '»' || r == '/') {
            return false;
        }
        return !(right.kind == Kind.PUNCT && isClosingPunct(r));
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == ',' || c == '\u060C' || c == ':' || c == '\u061B' || c == '\u061F' || c == '!' || c == ';';
    }
}
