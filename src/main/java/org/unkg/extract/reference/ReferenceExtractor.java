package org.unkg.extract.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.DocumentSymbols;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Reference;
import org.unkg.model.Span;
import org.unkg.text.LetterText;

/**
 * Reads the UN documents a letter cites, normalised: document symbols as written ({@code S/2000/214},
 * {@code S/PRST/2000/9}, {@code A/64/251}, {@code E/CN.4/2005/1}; series in {@code references.tsv}), Security
 * Council resolutions by number and year ("resolution 1631 (2005)", "قرار مجلس الأمن ١٦٣١ (٢٠٠٥)" →
 * {@code S/RES/1631(2005)}) and General Assembly resolutions by session and number ("resolution 59/50" →
 * {@code A/RES/59/50}). Arabic text may give the two numbers of a General Assembly resolution in reversed order
 * ("قرارها ٢٤٣/٦٥ المؤرخ ٢٤ كانون الأول/ديسمبر ٢٠١٠"): the date that follows settles which is the session (a
 * session opens in September: year − 1945 for September–December, year − 1946 for January–August). The letter's
 * own symbol is not a reference.
 */
public final class ReferenceExtractor implements Extractor {
    private static final int CUE_REACH = 60;
    private final DocumentSymbols symbols;
    private final PhraseMatcher<String> resolutionCue;
    /** How far after its cue a list's first resolution is read without question. */
    private static final int FIRST_REACH = 30;
    /** The words before a listed resolution's own date ({@code of-date} rows: "of", "du", "المؤرخ"). */
    private final Pattern ofDate;
    /**
     * What may stand between two items of a list: a comma or semicolon, a word ({@code list-separator} rows: "and",
     * "et", "و", "in particular") or a word written onto the next number ({@code joined-separator} rows: "و").
     */
    private final Pattern listSeparator;
    private static final Pattern SC_RESOLUTION = Pattern.compile("(?<![\\d/])(\\d{1,4})\\s*\\(\\s*(\\d{4})\\s*\\)");
    private static final Pattern GA_RESOLUTION = Pattern.compile("(?<![\\d/A-Za-z-])(?:(ES|S)-)?(\\d{1,3})\\s*/\\s*(\\d{1,3})(?![\\d/])");
    /** The last session whose resolutions the Assembly numbered with the session in Roman numerals ("3379 (XXX)"). */
    private static final int LAST_ROMAN_SESSION = 30;
    /** The Assembly's decisions are numbered from 301 in each session ("decision 48/502"). */
    private static final int FIRST_ASSEMBLY_DECISION = 301;
    /**
     * An Assembly resolution of its first thirty sessions: its number, a part letter ("377 A (V)") and its session
     * in Roman numerals (a special session's with its prefix: "3201 (S-VI)"), or after a session mark ({@code session-mark} rows of references.tsv: the Arabic "د") in
     * digits ("2758 (د-26)").
     */
    private final Pattern romanResolution;
    /** The items a resolution list may hold, in the order they are tried at a position. */
    private final List<Pattern> itemPatterns;
    private final PhraseMatcher<String> decisionCue;

    /** The extractor with the document series and resolution cues ({@code common/document-series.tsv}, each language's {@code references.tsv}) of {@code context}. */
    public ReferenceExtractor(ExtractionContext context) {
        RuleFiles rules = context.rules();
        List<String[]> references = rules.everyLanguage("references.tsv");
        resolutionCue = PhraseMatcher.ofKind(references, "resolution");
        ofDate = Pattern.compile("(?iu)" + Alternation.ofKind(references, "of-date", " ") + "(?![\\p{L}])");
        listSeparator = Pattern.compile("(?iu)[,;\u060C\u061B]|" + Alternation.ofKind(references, "list-separator", " ")
                + "(?![\\p{L}])|" + Alternation.ofKind(references, "joined-separator", " ") + "(?=\\d)");
        symbols = DocumentSymbols.of(rules);
        decisionCue = PhraseMatcher.ofKind(references, "decision");
        romanResolution = Pattern.compile("(?<![\\d/.,])(\\d{1,4})(?:\\s*[A-F])?\\s*\\(\\s*(?:(?:(ES|S)-)?([IVXL]{1,7})|(?:"
                + Alternation.ofKind(references, "session-mark", " ") + ")\\s*-\\s*(\\d{1,2}))\\s*\\)");
        itemPatterns = List.of(SC_RESOLUTION, GA_RESOLUTION, romanResolution);
    }

    @Override
    public String name() {
        return "references";
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        String body = letter.body();
        String text = asciiDigits(body);
        Set<String> own = out.meta().stream()
                .filter(m -> m.field() == MetaField.SYMBOL || m.field() == MetaField.OTHER_SYMBOL)
                .map(Meta::value).map(ReferenceExtractor::normalise).collect(Collectors.toSet());
        Map<String, Span> found = new LinkedHashMap<>();
        for (DocumentSymbols.Found f : symbols.find(text)) {
            found.putIfAbsent(f.symbol(), new Span(f.start(), f.end()));
        }
        List<DateMention> dates = analysis.bodyDates();
        for (PhraseMatcher.Hit<String> cue : resolutionCue.find(analysis.folded())) {
            readList(text, cue.end(), dates, false, found);
        }
        for (PhraseMatcher.Hit<String> cue : decisionCue.find(analysis.folded())) {
            readList(text, cue.end(), dates, true, found);
        }
        for (Map.Entry<String, Span> e : found.entrySet()) {
            if (!own.contains(e.getKey())) {
                out.add(new Reference(e.getKey(), e.getValue()));
            }
        }
    }

    /**
     * Reads the list of resolutions (or, after a decision's cue, of General Assembly decisions) that starts after a
     * cue ending at {@code cueEnd}: its first item near the cue, then each item that follows it across a separator.
     * An item is a Council resolution ("1631 (2005)"), an Assembly resolution by session and number ("59/50",
     * "ES-10/15") or by number and the session in Roman numerals as the Assembly numbered them until its thirtieth
     * session ("2992 (XXVII)", "377 A (V)", in Arabic "2758 (د-26)"); a list may mix them ("3379 (XXX) and 46/86").
     */
    private void readList(String text, int cueEnd, List<DateMention> dates, boolean decisions, Map<String, Span> found) {
        int reach = Math.min(text.length(), cueEnd + CUE_REACH);
        int first = Integer.MAX_VALUE;
        for (Pattern p : decisions ? List.of(GA_RESOLUTION) : itemPatterns) {
            Matcher m = p.matcher(text).region(cueEnd, reach);
            if (m.find()) {
                first = Math.min(first, m.start() - cueEnd);
            }
        }
        if (first == Integer.MAX_VALUE || !firstReach(text.substring(cueEnd, reach), first)) {
            return;
        }
        int at = cueEnd + first;
        while (true) {
            Matcher m = item(text, at, decisions);
            if (m == null) {
                return;
            }
            String symbol = symbolOf(m, dates, decisions);
            if (symbol != null) {
                found.putIfAbsent(symbol, new Span(m.start(), m.end()));
            }
            at = listGap(text, m.end(), dates);
        }
    }

    /** The item of a list that starts exactly at {@code at}, or null. */
    private Matcher item(String text, int at, boolean decisions) {
        for (Pattern p : decisions ? List.of(GA_RESOLUTION) : itemPatterns) {
            Matcher m = p.matcher(text).region(at, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** The normalised symbol of a list item, or null when it names none (a session number past the Roman ones). */
    private static String symbolOf(Matcher m, List<DateMention> dates, boolean decisions) {
        if (m.pattern() == SC_RESOLUTION) {
            return "S/RES/" + Integer.parseInt(m.group(1)) + "(" + m.group(2) + ")";
        }
        if (m.pattern() == GA_RESOLUTION) {
            int a = Integer.parseInt(m.group(2));
            int b = Integer.parseInt(m.group(3));
            int end = m.end();
            if (decisions) {
                // the Assembly numbers its decisions from 301 (other bodies' "decision 2/102" are not its own)
                return m.group(1) == null && b >= FIRST_ASSEMBLY_DECISION ? "A/DEC/" + a + "/" + b : null;
            }
            Optional<Integer> session = dates.stream()
                    .filter(d -> d.start() >= end && d.start() - end < 40 && d.value().iso().length() >= 7)
                    .findFirst().map(ReferenceExtractor::sessionOf);
            int sess = a;
            int number = b;
            if (m.group(1) == null && session.isPresent() && session.get() == b && a != b) {
                sess = b;
                number = a;
            }
            // an emergency or special session's resolution keeps its prefix: "resolution ES-10/15" is A/RES/ES-10/15
            String prefix = m.group(1) == null ? "" : m.group(1) + "-";
            return "A/RES/" + prefix + sess + "/" + number;
        }
        int session = m.group(3) != null ? RomanNumerals.value(m.group(3)) : Integer.parseInt(m.group(4));
        // "(XXXV)" is no session after the thirtieth, "(د-31)" neither: later resolutions are "31/72"
        if (session < 1 || session > LAST_ROMAN_SESSION) {
            return null;
        }
        // a special or emergency special session keeps its prefix: "3201 (S-VI)" is A/RES/3201(S-VI)
        String prefix = m.group(2) == null ? "" : m.group(2) + "-";
        return "A/RES/" + Integer.parseInt(m.group(1)) + "(" + prefix + RomanNumerals.of(session) + ")";
    }

    /**
     * Whether a list's first resolution stands near enough its cue: within {@value #FIRST_REACH} characters, or
     * within the cue's reach when nothing ends a clause between ("resolutions on Sierra Leone, in particular 1270
     * (1999)").
     */
    private static boolean firstReach(String after, int first) {
        return first <= FIRST_REACH || (first < after.length() && after.substring(0, first).chars().noneMatch(c -> c == '.' || c == ';'));
    }

    /**
     * Where the next item of a resolution list would start after one ending at {@code from}: past the item's own date
     * ("of 15 October 1999", "du ...", "المؤرخ ..."), then a separator (",", "and", "et", "و", "in particular", ...).
     * The next item must start exactly there.
     */
    private int listGap(String text, int from, List<DateMention> dates) {
        int at = skipSpaces(text, from);
        Matcher of = ofDate.matcher(text).region(at, text.length());
        if (of.lookingAt()) {
            int dateStart = skipSpaces(text, of.end());
            for (DateMention d : dates) {
                if (d.start() == dateStart) {
                    at = skipSpaces(text, d.end());
                    break;
                }
            }
        }
        Matcher sep = listSeparator.matcher(text).region(at, text.length());
        while (sep.lookingAt() && sep.end() > at) {
            at = skipSpaces(text, sep.end());
            sep.region(at, text.length());
        }
        return at;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The General Assembly session in session on a date: sessions open in September. */
    static int sessionOf(DateMention d) {
        int year = Integer.parseInt(d.value().iso().substring(0, 4));
        int month = Integer.parseInt(d.value().iso().substring(5, 7));
        return month >= 9 ? year - 1945 : year - 1946;
    }

    /** A symbol without spaces and trailing full stops, resolution years attached: {@code S/RES/1631(2005)}. */
    static String normalise(String s) {
        return DocumentSymbols.normalise(s);
    }

    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                b.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                b.append((char) ('0' + c - '\u06F0'));
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - '\uFF01' + '!')); // full-width forms: "第1509（2003）号决议"
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
