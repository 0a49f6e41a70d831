package org.unkg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.text.FoldedText;

/**
 * The words of a letter's body as name rules see them, with what stands between each word and the one before it.
 * A word is a run of letters joined by hyphens, apostrophes or full stops ("Ki-moon", "R.M.", "d'Anjouan"); a full
 * stop at its end stays only on initials and abbreviations ("A.", "Mr."), a possessive "'s" is dropped, a French
 * elided article is a word of its own ("d'" "Anjouan"), and a word broken over a line with a hyphen is one word.
 */
final class NameTokens {
    /** What separates a word from the one before it. */
    enum Gap {
        /** spaces, at most one line break */
        SPACE,
        /** a hyphen between spaces (Arabic names: "رود - لارسن") */
        HYPHEN,
        /** a comma, Latin or Arabic */
        COMMA,
        /** a blank line */
        PARAGRAPH,
        /** any other punctuation, digits or symbols */
        OTHER
    }

    /** One word: body offsets, the text as written (joined over a line break), its folded form, and the gap before it. */
    record Tok(int start, int end, String text, String folded, Gap gap) {
        boolean arabic() {
            return Character.UnicodeBlock.of(text.charAt(0)) == Character.UnicodeBlock.ARABIC;
        }

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** All letters upper case, two or more of them ("ANNAN", "UNOGBIS"). */
        boolean allCaps() {
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    letters++;
                }
            }
            return letters >= 2;
        }

        /** An initial or a run of them: "A.", "R.M.", "J.-P.". */
        boolean initial() {
            return isInitial(text);
        }
    }

    /**
     * The apostrophes a name may hold ("Sid'Ahmed", "O’Brien", "N`Diaye", "D´Alema", "Sidʼ Ahmed"): straight, typographic,
     * modifier letter, grave and acute accents as typed for one.
     */
    static final String APOSTROPHE_CHARS = "'’ʼ‘`´";
    /** {@link #APOSTROPHE_CHARS} as a character class. */
    static final String APOSTROPHES = "[" + APOSTROPHE_CHARS + "]";
    /** Which characters of the BMP are a word's letters: {@code [\p{L}\p{M}\u0640]} ({@link #isLetter(int)}). */
    private static final boolean[] LETTERS = new boolean[0x10000];

    static {
        for (int c = 0; c < LETTERS.length; c++) {
            LETTERS[c] = isLetter(c);
        }
    }
    /** A hyphen ending a line inside a word ("Sylvain-\nGoma"): the word is read without the line break. */
    private static final Pattern BROKEN_HYPHEN = Pattern.compile("-[ \\t]*\\r?\\n[ \\t]*");

    private final String body;
    private final List<Tok> toks;

    private NameTokens(String body, List<Tok> toks) {
        this.body = body;
        this.toks = toks;
    }

    /**
     * The words of {@code body} by the rules {@code r}: its abbreviations are folded words whose final full stop is
     * theirs ("mr."), its possessive endings are dropped ("'s"), its elisions are words of their own ("l'", "d'").
     */
    static NameTokens of(String body, NameRules r) {
        java.util.Set<String> abbreviations = r.abbreviations;
        List<Tok> out = new ArrayList<>();
        Matcher el = r.elision.matcher("");
        int prevEnd = -1;
        int next = 0;
        int length = body.length();
        while (next < length) {
            int s = next;
            int e = wordAt(body, s);
            if (e == s) {
                next++;
                continue;
            }
            next = e;
            String raw = body.substring(s, e);
            if (raw.endsWith(".") && !isInitial(raw)
                    && !abbreviations.contains(FoldedText.fold(raw))) {
                e--;
                raw = raw.substring(0, raw.length() - 1);
            }
            String ending = r.possessiveEnding(raw);
            if (ending != null) {
                e -= ending.length();
                raw = raw.substring(0, raw.length() - ending.length());
            }
            if (hasApostrophe(raw) && el.reset(raw).find()) {
                int cut = el.end();
                out.add(tok(body, s, s + cut, prevEnd));
                prevEnd = s + cut;
                s += cut;
                raw = raw.substring(cut);
            }
            if (raw.isEmpty() || e <= s) {
                continue;
            }
            out.add(tok(body, s, e, prevEnd));
            prevEnd = e;
        }
        return new NameTokens(body, List.copyOf(out));
    }

    /** Where the word that starts at {@code s} ends ({@code s} when no letter stands there): see {@link #wordEnd}. */
    static int wordAt(String body, int s) {
        int e = letters(body, s);
        return e == s ? s : wordEnd(body, e);
    }

    /**
     * Where the word whose first letters end at {@code e} ends: what
     * {@code [\p{L}\p{M}\u0640]+(?:(?:[-.]|APOSTROPHES|-[ \t]*\r?\n[ \t]*)[\p{L}\p{M}\u0640]+)*\.?} matches,
     * read by a scan (the expression, tried at every position of the body, cost more than the words it found).
     */
    private static int wordEnd(String body, int e) {
        int length = body.length();
        while (e < length) {
            char c = body.charAt(e);
            int next = -1;
            if (c == '-' || c == '.' || APOSTROPHE_CHARS.indexOf(c) >= 0) {
                next = letters(body, e + 1) > e + 1 ? e + 1 : -1;
            }
            if (next < 0 && c == '-') {
                int k = e + 1;
                while (k < length && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) {
                    k++;
                }
                if (k < length && body.charAt(k) == '\r') {
                    k++;
                }
                if (k < length && body.charAt(k) == '\n') {
                    k++;
                    while (k < length && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) {
                        k++;
                    }
                    next = letters(body, k) > k ? k : -1;
                }
            }
            if (next < 0) {
                break;
            }
            e = letters(body, next);
        }
        return e < length && body.charAt(e) == '.' ? e + 1 : e;
    }

    /** Where the run of a word's letters ({@link #isLetter(int)}) that stands at {@code i} ends ({@code i} if none). */
    private static int letters(String s, int i) {
        int length = s.length();
        while (i < length) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (!LETTERS[c]) {
                    return i;
                }
                i++;
            } else {
                int cp = s.codePointAt(i);
                if (!isLetter(cp)) {
                    return i;
                }
                i += Character.charCount(cp);
            }
        }
        return i;
    }

    /** A word's letter: a letter, a mark or the tatweel ({@code [\p{L}\p{M}\u0640]}). */
    private static boolean isLetter(int cp) {
        if (Character.isLetter(cp) || cp == 0x0640) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** An initial or a run of them, {@code (?:\p{Lu}\.-?)+}: "A.", "R.M.", "J.-P.". */
    static boolean isInitial(String s) {
        int i = 0;
        int length = s.length();
        if (length == 0) {
            return false;
        }
        while (i < length) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
                return false;
            }
            i += Character.charCount(cp);
            if (i >= length || s.charAt(i) != '.') {
                return false;
            }
            i++;
            if (i < length && s.charAt(i) == '-') {
                i++;
            }
        }
        return true;
    }

    /** Whether {@code raw} holds one of {@link #APOSTROPHE_CHARS} (what {@code APOSTROPHES} finds). */
    private static boolean hasApostrophe(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (APOSTROPHE_CHARS.indexOf(raw.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Tok tok(String body, int s, int e, int prevEnd) {
        String text = body.substring(s, e);
        if (text.indexOf('\n') >= 0) {
            text = BROKEN_HYPHEN.matcher(text).replaceAll("-");
        }
        Gap gap = prevEnd < 0 ? Gap.PARAGRAPH : gap(body.substring(prevEnd, s));
        if (gap == Gap.OTHER && spacedApostrophe(body, prevEnd, s)) {
            gap = Gap.SPACE;
        }
        return new Tok(s, e, text, FoldedText.fold(text), gap);
    }

    /**
     * Whether the words around {@code [prevEnd, start)} are one name's parts an apostrophe typed with a space joins
     * ("Sid' Ahmed"): the apostrophe glued to the word before, one space, a capital after, and no quotation the word
     * before opened ("the 'Unity' Government" is a quotation).
     */
    private static boolean spacedApostrophe(String body, int prevEnd, int start) {
        if (start - prevEnd != 2 || APOSTROPHE_CHARS.indexOf(body.charAt(prevEnd)) < 0 || body.charAt(prevEnd + 1) != ' '
                || !Character.isUpperCase(body.codePointAt(start))) {
            return false;
        }
        int wordStart = prevEnd;
        while (wordStart > 0 && !Character.isWhitespace(body.charAt(wordStart - 1))) {
            wordStart--;
        }
        for (int i = wordStart; i < prevEnd; i++) {
            if (APOSTROPHE_CHARS.indexOf(body.charAt(i)) >= 0 || body.charAt(i) == '"') {
                return false;
            }
        }
        return true;
    }

    private static Gap gap(String between) {
        int newlines = 0;
        boolean hyphen = false;
        boolean comma = false;
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '\n') {
                newlines++;
            } else if (c == '-' || c == '–' || c == '‐') {
                hyphen = true;
            } else if (c == ',' || c == '،') {
                comma = true;
            } else if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u200F' && c != '\u200E') {
                return Gap.OTHER;
            }
        }
        if (comma) {
            return hyphen ? Gap.OTHER : Gap.COMMA;
        }
        if (newlines >= 2) {
            return Gap.PARAGRAPH;
        }
        return hyphen ? Gap.HYPHEN : Gap.SPACE;
    }

    String body() {
        return body;
    }

    List<Tok> all() {
        return toks;
    }

    int size() {
        return toks.size();
    }

    Tok get(int i) {
        return toks.get(i);
    }

    /** Index of the first word starting at or after body offset {@code offset}. */
    int at(int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last word ending at or before body offset {@code offset}, or -1. */
    int before(int offset) {
        int i = at(offset) - 1;
        while (i >= 0 && toks.get(i).end() > offset) {
            i--;
        }
        return i;
    }

    /** The body text of words {@code [from, to)} (to exclusive), line breaks made spaces. */
    String text(int from, int to) {
        return body.substring(toks.get(from).start(), toks.get(to - 1).end())
                .replaceAll("-[ \\t]*\\r?\\n[ \\t]*", "-").replaceAll("\\s+", " ");
    }

    /** Whether the line holding body offset {@code offset} has letters and none in lower case. */
    boolean upperCaseLine(int offset) {
        int s = body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int e = body.indexOf('\n', offset);
        if (e < 0) {
            e = body.length();
        }
        boolean letters = false;
        for (int i = s; i < e; i++) {
            char c = body.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }
}
