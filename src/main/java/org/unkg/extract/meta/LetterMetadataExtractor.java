package org.unkg.extract.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.rules.DocumentSymbols;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.model.Diagnostic;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Precision;
import org.unkg.model.Span;
import org.unkg.text.LetterText;

/**
 * Reads the letter's own metadata from its header and title ({@link LetterHeader}): its symbols, its date, the
 * distribution date, the language, the original language ("Original: Russian", "[الأصل: بالانكليزية]"), the organ
 * whose document it is (a header line naming it), the General Assembly session ("Sixty-fourth session", "الدورة
 * الرابعة والستون") and the title line.
 *
 * <p><b>Symbols.</b> Every UN symbol in the zone before the title is the document's own (a symbol on its own line,
 * two stacked, glued {@code A/55/312S/2000/800} or hyphenated pairs, glued to "United Nations", inside a flattened
 * one-line header, in parentheses beside a date): the first is {@link MetaField#SYMBOL}, the others
 * {@link MetaField#OTHER_SYMBOL}. Without one, a symbol in parentheses right after the title's parties is the
 * document's (a reprint's title), provided no other date or document noun stands between, or closing the title's line
 * after a topic opened by a dash or a colon (a web page's copy: "... to the UN SG - Mission to X, 21 to 28 Nov 2008
 * (S/2008/708)"; the topic's dates do not count); then a symbol line beside a
 * job number (a running header). Resolutions and presidential statements are never a letter's own symbol.
 *
 * <p><b>Dates.</b> The distribution date is the first day date after a {@code Distr.} label with only distribution
 * words and symbols between ("Distr.", "GENERAL", "S/1994/1277"), else a bare date line before the title in a UN
 * header (an own symbol, a {@code Distr.} label or a line naming the organization or an organ). The letter's date is
 * the title's date; without one, a bare date line of the header (the distribution date or a letterhead's date), then
 * any date in the header zone that is not another document's ("my letter dated ...", "تقريركم المؤرخ"). A date in
 * the letter's body is never taken for the letter's date.
 */
public final class LetterMetadataExtractor implements Extractor {
    /** A symbol alone on its line, or ending a line after a column gap ("United Nations        A/64/235"). */
    private static final Pattern SYMBOL_LINE = Pattern.compile(
            "(?m)(?:^|[ \\t\\u00A0]{2,})[ \\t\\u00A0]*([A-Z]{1,6}(?:/[A-Z0-9.\\-]+)*/[0-9][A-Z0-9.\\-/()]*)[ \\t\\u00A0]*$");
    private static final Pattern JOB_NUMBER = Pattern.compile("\\b\\d{2}-\\d{5}\\b");
    private static final Pattern PLACE_AND_COMMA = Pattern.compile("^[\\p{L}\\p{M}.' \\-]{2,40}[,\\u060C]$");
    /** A place before a date line's lead word, with or without its comma ("Genève,", "Done at Geneva"). */
    private static final Pattern PLACE = Pattern.compile("^[\\p{L}\\p{M}.' \\-]{2,40}[,\\u060C]?$");
    private static final int TOP_LINES = 6;
    private static final int HEADER_CHARS = LetterHeader.HEADER_CHARS;
    private static final int TITLE_SYMBOL_GAP = 5;
    /** What opens the topic a web page's title line adds after the parties: a dash or a colon between spaces. */
    private static final Pattern TITLE_TOPIC = Pattern.compile("[ \\t\\u00A0]*(?:[\\-\\u2013\\u2014]|:)[ \\t\\u00A0]+\\S");
    /** A sentence ending inside a title's line: then it is prose, not a title's topic. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}[.!?][ \\t\\u00A0]+\\p{Lu}");
    /** What opens a footnote's line before its symbol: asterisks or daggers ("*", "**", "†"). */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\s*[*\u2020]+\\s*");
    /** How many lines may continue a reprint's title before its symbol line. */
    private static final int TITLE_TAIL_LINES = 3;
    /** How far under a title without a body opening its symbol line is looked for. */
    private static final int HEADER_CHARS_AFTER_TITLE = 400;
    private static final int CITED_REACH = 80;
    /** How far back a cited symbol's document noun may stand in its sentence ("my letter of D to the President ... (S/..)"). */
    private static final int SYMBOL_CITE_REACH = 200;
    /** How near a complimentary close or a signature mark a closing date line stands. */
    private static final int CLOSING_REACH = 400;
    /** Lines of the top of a letter without a title in which a bare date line is the letter's date. */
    private static final int LETTERHEAD_LINES = 20;
    /** Words of a line of prose: the body has started. */
    private static final int PROSE_WORDS = 10;
    /** How far under a title without a date its date line may stand. */
    private static final int UNDER_TITLE = 200;
    /** A wrapped line of prose: its words at least, and how far past its indentation the next line may start. */
    private static final int WRAPPED_WORDS = 5;
    private static final int WRAPPED_INDENT = 6;
    private static final Pattern ORIGINAL_LANGUAGE = Pattern.compile("^\\s*:\\s*([\\p{L}\\u0640]+)");
    private static final Pattern ORDINAL_AFTER = Pattern.compile("\\G[\\s\\-]*([\\p{L}\\u0640]+)");
    private final HeaderRules rules;
    private final Gazetteer gazetteer;
    private final DocumentSymbols symbols;

    /** The extractor with the header rules of {@code context}. */
    public LetterMetadataExtractor(ExtractionContext context) {
        this.rules = new HeaderRules(context.rules(), context.dates(), context.profiles(), context.roleWords());
        this.gazetteer = context.gazetteer();
        this.symbols = DocumentSymbols.of(context.rules());
    }

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        String body = FlattenedHeader.restore(letter.body(), rules, symbols, analysis.bodyDates());
        out.add(new Meta(MetaField.LANGUAGE, letter.language(), null));
        LetterHeader header = LetterHeader.read(body, rules, gazetteer);
        SymbolLine afterTitle = symbolLineAfterTitle(body, header, analysis.bodyDates());
        List<DocumentSymbols.Found> own = ownSymbols(body, header, analysis.bodyDates());
        if (own.isEmpty() && afterTitle != null) {
            own = afterTitle.symbols();
        }
        if (!own.isEmpty()) {
            out.add(new Meta(MetaField.SYMBOL, own.get(0).symbol(), new Span(own.get(0).start(), own.get(0).end())));
            Set<String> seen = new HashSet<>(Set.of(own.get(0).symbol()));
            for (DocumentSymbols.Found f : own.subList(1, own.size())) {
                if (seen.add(f.symbol())) {
                    out.add(new Meta(MetaField.OTHER_SYMBOL, f.symbol(), new Span(f.start(), f.end())));
                }
            }
        } else {
            // a symbol line of no UN series ("PM/2004/117", a mission's own reference number) is not the document's
            symbol(body).filter(this::unSeries).ifPresentOrElse(out::add, () -> symbol(letter.original()).filter(this::unSeries)
                    .ifPresent(m -> out.add(new Meta(MetaField.SYMBOL, m.value(), null))));
        }
        List<DateMention> all = analysis.bodyDates();
        boolean unHeader = !own.isEmpty() || unHeader(body, header);
        Optional<Meta> issued = issued(body, all, header, unHeader);
        if (issued.isEmpty() && afterTitle != null && afterTitle.date() != null) {
            issued = Optional.of(new Meta(MetaField.ISSUED, afterTitle.date().value().iso(), afterTitle.date().span()));
        }
        issued.ifPresent(out::add);
        Optional<Meta> date = letterDate(body, all, header);
        date.ifPresent(out::add);
        if (date.isPresent() && !header.hasTitle()) {
            out.add(new Diagnostic("date-from-header", "no title line: the letter's date is a date line of its header or by its closing", date.get().span()));
        }
        if (header.hasTitle()) {
            String title = org.unkg.text.WhiteSpace.collapse(body.substring(header.titleStart, header.titleEnd)).strip();
            out.add(new Meta(MetaField.TITLE, title, new Span(header.titleStart, header.titleEnd)));
        }
        originalLanguage(analysis, body, rules).ifPresent(out::add);
        organ(letter, header).ifPresent(out::add);
        session(analysis, body, rules).ifPresent(out::add);
    }

    /** A symbol line under a reprint's title: its symbols and, when the line gives one, the distribution date. */
    private record SymbolLine(List<DocumentSymbols.Found> symbols, DateMention date) {}

    /**
     * The document's symbol line right under its title, as reprints set it ("S/25963، 17 حزيران/ يونيه 1993", "S/22627,
     * 20 May 1991", "S/22663"): after the line the title ends on, past at most {@value #TITLE_TAIL_LINES} lines that
     * continue the title (no sentence ends in them) and before the body opens; a line of symbols alone, or of symbols,
     * a comma and a day date. Null when there is none.
     */
    private SymbolLine symbolLineAfterTitle(String body, LetterHeader header, List<DateMention> dates) {
        if (!header.hasTitle()) {
            return null;
        }
        int limit = header.opening >= 0 ? header.opening : Math.min(body.length(), header.titleEnd + HEADER_CHARS_AFTER_TITLE);
        int nl = body.indexOf('\n', header.titleEnd);
        int lines = 0;
        while (nl >= 0 && nl + 1 < limit && lines <= TITLE_TAIL_LINES) {
            int start = nl + 1;
            int next = body.indexOf('\n', start);
            int end = Math.min(next < 0 ? body.length() : next, limit);
            String line = body.substring(start, end).strip();
            nl = next;
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            List<DocumentSymbols.Found> found = symbols.find(body, start, end);
            found.removeIf(f -> symbols.neverALetter(f.symbol()));
            if (found.isEmpty()) {
                if (LetterHeader.SENTENCE_END.matcher(line).find()) {
                    return null;
                }
                continue;
            }
            if (onlySymbols(line)) {
                return new SymbolLine(found, null);
            }
            for (DateMention d : dates) {
                if (d.start() >= start && d.end() <= end && d.value().precision() == Precision.DAY
                        && restOfLine(body, d).isBlank() && symbolsThenComma(body.substring(start, d.start()).strip())) {
                    return new SymbolLine(found, d);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The document's own symbols: before the title, else in parentheses right after the title's parties, or closing the
     * title's line after a topic that a dash or a colon opens (a web page's copy of the letter).
     */
    private List<DocumentSymbols.Found> ownSymbols(String body, LetterHeader header, List<DateMention> dates) {
        List<DocumentSymbols.Found> own = new ArrayList<>();
        for (DocumentSymbols.Found f : symbols.find(body, 0, header.preTitleEnd)) {
            if (!symbols.neverALetter(f.symbol()) && (symbolDateLine(body, f, dates) || !citedSymbol(body, f))) {
                own.add(f);
            }
        }
        if (!own.isEmpty() || !header.hasTitle()) {
            return own;
        }
        int open = body.indexOf('(', header.titleStart);
        int close;
        int datesEnd = open;
        if (open >= 0 && open <= header.titleEnd + TITLE_SYMBOL_GAP && body.substring(header.titleEnd, Math.max(header.titleEnd, open)).isBlank()) {
            close = body.indexOf(')', open);
        } else {
            // a web page's one-line title: the parties, a topic after a dash or a colon, the symbol closing the line
            // ("Letter dated 14 Nov 2008 from ... to the UN SG - Security Council mission to ..., 21 to 28 Nov 2008 (S/2008/708)")
            int lineEnd = titleLineEnd(body, header);
            close = body.substring(header.titleEnd, lineEnd).stripTrailing().endsWith(")")
                    ? body.lastIndexOf(')', lineEnd) : -1;
            open = close < 0 ? -1 : body.lastIndexOf('(', close);
            if (open < header.titleEnd || !TITLE_TOPIC.matcher(body).region(header.titleEnd, open).lookingAt()
                    || SENTENCE_END.matcher(body).region(header.titleEnd, open).find()) {
                return own;
            }
            datesEnd = header.titleEnd;
        }
        if (close < 0 || close - open > 60) {
            return own;
        }
        int titleDatesEnd = datesEnd;
        long titleDates = dates.stream().filter(d -> d.start() >= header.titleStart && d.start() < titleDatesEnd).count();
        boolean cites = rules.documents.find(body, header.titleStart, open).size() > 1;
        List<DocumentSymbols.Found> inside = symbols.find(body, open + 1, close);
        String rest = body.substring(open + 1, close);
        for (DocumentSymbols.Found f : inside) {
            rest = rest.replace(body.substring(f.start(), f.end()), "");
        }
        if (titleDates <= 1 && !cites && !inside.isEmpty() && rules.symbolJoiners.matcher(rest).replaceAll("").isEmpty()) {
            inside.stream().filter(f -> !symbols.neverALetter(f.symbol())).forEach(own::add);
        }
        return own;
    }

    /**
     * Where the line a title ends on ends: its own line's end, or, when that line does not close with a parenthesis and
     * the title runs on without a blank line, the end of its paragraph (a web title wrapped over lines, "... - Extension
     * of the mandate of the United\n Nations Office ..., 2015 to 2018 (S/2014/914)"), never past the body's opening.
     */
    private static int titleLineEnd(String body, LetterHeader header) {
        int limit = header.opening > header.titleEnd ? header.opening : body.length();
        int lineEnd = body.indexOf('\n', header.titleEnd);
        lineEnd = lineEnd < 0 || lineEnd > limit ? limit : lineEnd;
        if (body.substring(header.titleEnd, lineEnd).stripTrailing().endsWith(")")) {
            return lineEnd;
        }
        int end = lineEnd;
        for (int lines = 0; end < limit && lines < TITLE_TAIL_LINES; lines++) {
            int next = body.indexOf('\n', end + 1);
            next = next < 0 || next > limit ? limit : next;
            if (body.substring(end, next).isBlank()) {
                break;
            }
            end = next;
        }
        return body.substring(header.titleEnd, end).stripTrailing().endsWith(")") ? end : lineEnd;
    }

    /**
     * Whether a symbol before the title is another document's, cited in a sentence of the letter's text: a {@code
     * see} cue right before it ("(see S/2002/589)", "(voir S/2005/525)", "(انظر S/2008/135)"), or a document noun
     * earlier in its sentence that is written as a citation: after a determiner or possessive ({@code not-title}:
     * "my letter ... (S/2002/589)", "ma lettre datée du ... (S/2004/786)") or inside a line of running text
     * ("أشير إلى رسالتي المؤرخة ... (S/2008/145)"), not opening a line as a heading does. A letter with no title
     * has its first paragraph in the header zone, and its own symbol stands on a line of its own, in a {@code Distr.}
     * block or beside a reprint's date, never inside such a sentence. A footnote's symbol ("*  A/51/50.", the
     * list an asterisked agenda item is of) is cited wherever the footnote stands.
     */
    private boolean citedSymbol(String body, DocumentSymbols.Found f) {
        if (FOOTNOTE_MARK.matcher(body.substring(body.lastIndexOf('\n', Math.max(0, f.start() - 1)) + 1, f.start())).matches()) {
            return true;
        }
        int from = Math.max(0, f.start() - SYMBOL_CITE_REACH);
        for (int i = f.start() - 1; i > from; i--) {
            char c = body.charAt(i);
            if (c == '.' && i + 1 < body.length() && Character.isWhitespace(body.charAt(i + 1))
                    || c == '\n' && body.charAt(i - 1) == '\n') {
                from = i + 1;
                break;
            }
        }
        List<PhraseMatcher.Hit<String>> see = rules.seeCues.find(body, from, f.start());
        if (!see.isEmpty() && body.substring(see.get(see.size() - 1).end(), f.start()).replaceAll("[\\s(\\[:]", "").isEmpty()) {
            return true;
        }
        for (PhraseMatcher.Hit<String> noun : rules.documents.find(body, from, f.start())) {
            int lineStart = body.lastIndexOf('\n', Math.max(0, noun.start() - 1)) + 1;
            if (!body.substring(lineStart, noun.start()).isBlank() || LetterHeader.afterDeterminer(body, noun.start(), rules)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code f} stands on a reprint's symbol line: a line of symbols, a comma and a day date and nothing else
     * ("S/22320 و S/22321، 3 آذار/ مارس 1991"), which no sentence of prose is, whatever the line above it says.
     */
    private boolean symbolDateLine(String body, DocumentSymbols.Found f, List<DateMention> dates) {
        int lineStart = body.lastIndexOf('\n', Math.max(0, f.start() - 1)) + 1;
        if (!body.substring(lineStart, f.start()).isBlank()) {
            return false;
        }
        int lineEnd = body.indexOf('\n', f.end());
        lineEnd = lineEnd < 0 ? body.length() : lineEnd;
        for (DateMention d : dates) {
            if (d.start() > f.end() && d.end() <= lineEnd && d.value().precision() == Precision.DAY
                    && restOfLine(body, d).isBlank() && symbolsThenComma(body.substring(lineStart, d.start()).strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a symbol line's symbol can be the letter's own: of a UN document series ({@code
     * common/document-series.tsv}) and not of a kind that is never a letter (a presidential statement cited on a
     * line of its own, {@code common/not-letter-symbols.tsv}).
     */
    private boolean unSeries(Meta symbol) {
        return !symbols.neverALetter(symbol.value()) && symbols.find(symbol.value()).stream().anyMatch(f -> f.start() == 0);
    }

    /** Whether the header is a UN document's: a {@code Distr.} label, or a line naming the organization or an organ. */
    private boolean unHeader(String body, LetterHeader header) {
        int end = Math.min(body.length(), Math.max(header.preTitleEnd, 0));
        if (!rules.distr.find(body, 0, end).isEmpty()) {
            return true;
        }
        for (PhraseMatcher.Hit<String> h : rules.unHeader.find(body, 0, end)) {
            int lineStart = body.lastIndexOf('\n', h.start()) + 1;
            int lineEnd = body.indexOf('\n', h.end());
            String before = body.substring(lineStart, h.start());
            String after = body.substring(h.end(), lineEnd < 0 ? body.length() : lineEnd);
            if (before.isBlank() && (after.isBlank() || after.startsWith("  ") || after.startsWith("\t"))) {
                return true;
            }
        }
        return false;
    }

    static Optional<Meta> symbol(String text) {
        Matcher m = SYMBOL_LINE.matcher(text);
        List<int[]> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(new int[] {m.start(1), m.end(1)});
        }
        for (int[] l : lines) {
            if (lineIndex(text, l[0]) < TOP_LINES || nearJobNumber(text, l[0], l[1])) {
                String symbol = text.substring(l[0], l[1]);
                return Optional.of(new Meta(MetaField.SYMBOL, symbol, new Span(l[0], l[1])));
            }
        }
        return Optional.empty();
    }

    private static int lineIndex(String text, int offset) {
        int n = 0;
        for (String line : text.substring(0, offset).split("\n")) {
            if (!line.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static boolean nearJobNumber(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 120), Math.min(text.length(), end + 120));
        return JOB_NUMBER.matcher(around).find();
    }

    /**
     * The distribution date: after a {@code Distr.} label with only distribution words and symbols between, else the
     * first bare date line before the title of a UN header; not a reprint's heading, whose date carries the symbols in
     * brackets ("9 February 1999 (A/53/823, S/1999/136)": the letter's date).
     */
    private Optional<Meta> issued(String body, List<DateMention> dates, LetterHeader header, boolean unHeader) {
        int zone = Math.min(body.length(), header.hasTitle() ? header.titleStart : Math.max(header.preTitleEnd, HEADER_CHARS));
        for (PhraseMatcher.Hit<String> cue : rules.distr.find(body, 0, Math.min(zone, HEADER_CHARS))) {
            for (DateMention d : dates) {
                if (d.start() >= cue.end() && d.start() < zone && d.value().precision() == Precision.DAY) {
                    if (onlyDistributionWords(body.substring(cue.end(), d.start()))) {
                        return Optional.of(new Meta(MetaField.ISSUED, d.value().iso(), d.span()));
                    }
                    break;
                }
            }
        }
        if (!unHeader) {
            return Optional.empty();
        }
        int bareZone = Math.min(body.length(), header.preTitleEnd);
        for (DateMention d : dates) {
            if (d.start() < bareZone && d.value().precision() == Precision.DAY && bareDateLine(body, d)
                    && !symbolsInBrackets(restOfLine(body, d).strip())
                    && (!placedOrLabelled(body, d) || symbolsThenComma(lineBefore(body, d).strip()))) {
                return Optional.of(new Meta(MetaField.ISSUED, d.value().iso(), d.span()));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code gap} holds nothing but distribution words ("GENERAL"), symbols, spaces and punctuation. */
    private boolean onlyDistributionWords(String gap) {
        String rest = gap;
        for (DocumentSymbols.Found f : symbols.find(gap)) {
            rest = rest.replace(gap.substring(f.start(), f.end()), " ");
        }
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (PhraseMatcher.Hit<String> w : rules.distrWords.find(rest)) {
            kept.append(rest, at, w.start());
            at = w.end();
        }
        kept.append(rest.substring(at));
        return kept.chars().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Whether a date stands alone on its line: nothing else on it but spaces, a trailing full stop, a place and a
     * comma before it ("New York, 12 April 2001"), a column gap, the document's symbols in brackets before or after
     * it ("9 February 1999 (A/53/823, S/1999/136)", as reprints head a letter), or its symbol and a comma before it
     * ("S/22627, 20 May 1991").
     */
    private boolean bareDateLine(String body, DateMention d) {
        int lineStart = body.lastIndexOf('\n', Math.max(0, d.start() - 1)) + 1;
        if (d.start() == 0) {
            lineStart = 0;
        }
        String before = body.substring(lineStart, d.start());
        String after = restOfLine(body, d);
        if (!after.isBlank() && !after.strip().equals(".") && !symbolsInBrackets(after.strip())) {
            return false;
        }
        String b = before.strip();
        if (b.isEmpty() || before.endsWith("  ") || before.endsWith("\t") || PLACE_AND_COMMA.matcher(b).matches() && named(b)) {
            return true;
        }
        // a lead word between the place and the date ("Genève, le", "Done at Geneva on", "Le")
        List<PhraseMatcher.Hit<String>> leads = rules.dateLead.find(b);
        if (!leads.isEmpty() && leads.get(leads.size() - 1).end() == b.length()) {
            String place = b.substring(0, leads.get(leads.size() - 1).start()).strip();
            if (place.isEmpty() || PLACE.matcher(place).matches() && named(place)) {
                return true;
            }
        }
        return symbolsInBrackets(b) || symbolsThenComma(b);
    }

    /**
     * Whether {@code text} is only document symbols and a comma, as a reprint of the Blue Books sets a document's
     * symbol before its date ("S/22627, 20 May 1991").
     */
    private boolean symbolsThenComma(String text) {
        if (!text.endsWith(",") && !text.endsWith("\u060C")) {
            return false;
        }
        return onlySymbols(text.substring(0, text.length() - 1));
    }

    /** Whether {@code text} holds document symbols and nothing else but spaces, list punctuation and joiners ("و", "and"). */
    private boolean onlySymbols(String text) {
        String rest = text;
        List<DocumentSymbols.Found> found = symbols.find(rest);
        for (DocumentSymbols.Found f : found) {
            rest = rest.replace(f.symbol(), "");
        }
        return !found.isEmpty() && rules.symbolJoiners.matcher(rest).replaceAll("").isEmpty();
    }

    /** The words of a date's line before it. */
    private static String lineBefore(String body, DateMention d) {
        return d.start() == 0 ? "" : body.substring(body.lastIndexOf('\n', d.start() - 1) + 1, d.start());
    }

    /**
     * Whether a date line puts words before its date: a place or a lead word ("Read out in Dakar on", "New York,"),
     * or a label ("DATE:"): the date of a memo, a message or a letter, never a distribution date.
     */
    private static boolean placedOrLabelled(String body, DateMention d) {
        String raw = lineBefore(body, d);
        String before = raw.strip();
        if (before.endsWith(":")) {
            return true;
        }
        // a column gap before the date: another header column ("Security Council        15 March 2011"), no place
        boolean gap = raw.endsWith("  ") || raw.endsWith("\t");
        return !gap && before.chars().anyMatch(Character::isLetter) && !before.startsWith("(");
    }

    /**
     * Whether words before a date can be a place or a signing formula: they open with a capital or in a script
     * without case ("New York,", "Done at Geneva", "نيويورك،"), not with a word of running prose ("established on").
     */
    private static boolean named(String words) {
        return !Character.isLowerCase(words.codePointAt(0));
    }

    /** What follows a date on its line. */
    private static String restOfLine(String body, DateMention d) {
        int lineEnd = body.indexOf('\n', d.end());
        return body.substring(d.end(), lineEnd < 0 ? body.length() : lineEnd);
    }

    /**
     * Whether {@code text} is only document symbols in brackets, as a reprint sets them beside its date
     * ("(A/53/823, S/1999/136)").
     */
    private boolean symbolsInBrackets(String text) {
        if (text.length() < 3 || !text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        return onlySymbols(text.substring(1, text.length() - 1));
    }

    /**
     * The letter's date: the title's; else a bare date line of the header; else a date of the header zone that is
     * not another document's.
     */
    private Optional<Meta> letterDate(String body, List<DateMention> dates, LetterHeader header) {
        if (header.hasTitle()) {
            int end = Math.min(body.length(), header.titleEnd + 40);
            int lineStart = body.lastIndexOf('\n', header.titleStart) + 1;
            for (DateMention d : dates) {
                if (d.start() >= header.titleStart && d.start() < end && d.value().precision() == Precision.DAY
                        && (d.start() < header.titleEnd || !cited(body, d))) {
                    return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
                }
            }
            // a title whose words a visual-order extraction scrambled: the date may stand before the title word
            for (DateMention d : dates) {
                if (d.start() >= lineStart && d.start() < header.titleStart && d.value().precision() == Precision.DAY
                        && !rules.dated.find(body, Math.max(lineStart, d.start() - 30), Math.min(body.length(), d.end() + 30)).isEmpty()) {
                    return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
                }
            }
        }
        int zone = Math.min(body.length(), header.preTitleEnd);
        for (DateMention d : dates) {
            if (d.start() < zone && d.value().precision() == Precision.DAY && bareDateLine(body, d)) {
                return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
            }
        }
        if (header.hasTitle()) {
            // a title without a date ("Message from the Secretary-General to ..."): a date line right under it, before
            // the body's prose ("Read out in Dakar on 21 May 2002")
            int under = Math.min(body.length(), header.titleEnd + UNDER_TITLE);
            int prose = header.opening >= 0 && header.opening > header.titleEnd ? Math.min(under, header.opening) : under;
            for (DateMention d : dates) {
                if (d.start() >= header.titleEnd && d.start() < prose && d.value().precision() == Precision.DAY
                        && bareDateLine(body, d) && !cited(body, d) && !continuesProse(body, d)) {
                    return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
                }
            }
        }
        if (!header.hasTitle()) {
            for (DateMention d : dates) {
                if (d.start() < zone && d.value().precision() == Precision.DAY && (!cited(body, d) || leadIn(body, d))) {
                    return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
                }
            }
            return letterheadOrClosingDate(body, dates, zone);
        }
        // a title without a date and no date line under it: the date line by the signature ("New York, 5 May 1995")
        return letterheadOrClosingDate(body, dates, Math.min(body.length(), header.titleEnd));
    }

    /**
     * Without a title or a date in the header zone: a bare date line among the letterhead's lines before the body's
     * first line of prose ("9 February 1999" under an address block), else a bare date line of the letter's own text
     * (before an annex heading) near its complimentary close or signature mark ("New York, 10 December 1999",
     * "Genève, le 3 mars 1998"). A date another document carries ("my letter of 10 September") is never one.
     */
    private Optional<Meta> letterheadOrClosingDate(String body, List<DateMention> dates, int zone) {
        int top = prose(body);
        for (DateMention d : dates) {
            if (d.start() < top && d.value().precision() == Precision.DAY && bareDateLine(body, d) && !cited(body, d)) {
                return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
            }
        }
        int end = body.length();
        for (PhraseMatcher.Hit<String> a : rules.annex.find(body, zone, body.length())) {
            int lineStart = body.lastIndexOf('\n', Math.max(0, a.start() - 1)) + 1;
            if (body.substring(lineStart, a.start()).isBlank()) {
                end = a.start();
                break;
            }
        }
        // a close may stand in the header zone of a short letter without a title (a note verbale's "highest consideration")
        List<PhraseMatcher.Hit<String>> closes = rules.closing.find(body, 0, end);
        for (DateMention d : dates) {
            if (d.start() < zone || d.start() >= end || d.value().precision() != Precision.DAY
                    || !bareDateLine(body, d) || cited(body, d) || continuesProse(body, d)) {
                continue;
            }
            for (PhraseMatcher.Hit<String> c : closes) {
                if (Math.abs(c.start() - d.start()) <= CLOSING_REACH) {
                    return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a date's line ends a sentence the line above began ("... Agreement signed on / 21 November 2006.", "...
     * which the Security Council / established on 22 October 1999."): the line above is prose (lower-case words,
     * {@value #WRAPPED_WORDS} or more) ending in a word, with no blank line between, and the date's line is not
     * indented past it as a closing date line is.
     */
    private static boolean continuesProse(String body, DateMention d) {
        int lineStart = body.lastIndexOf('\n', Math.max(0, d.start() - 1)) + 1;
        if (lineStart == 0) {
            return false;
        }
        int prevStart = body.lastIndexOf('\n', lineStart - 2) + 1;
        String prev = body.substring(prevStart, lineStart - 1);
        String stripped = prev.strip();
        if (stripped.isEmpty() || !Character.isLetterOrDigit(stripped.charAt(stripped.length() - 1))
                || stripped.chars().noneMatch(Character::isLowerCase) || stripped.split("\\s+").length < WRAPPED_WORDS) {
            return false;
        }
        String line = body.substring(lineStart, d.start());
        int indent = line.length() - line.stripLeading().length();
        int prevIndent = prev.length() - prev.stripLeading().length();
        return indent <= prevIndent + WRAPPED_INDENT;
    }

    /**
     * The start of the first line of prose ({@value #PROSE_WORDS} words or more, not all capitals as a letterhead's) in
     * the first lines of the letter.
     */
    private static int prose(String body) {
        int pos = 0;
        for (int lines = 0; lines < LETTERHEAD_LINES && pos < body.length(); lines++) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            String line = body.substring(pos, end).strip();
            if (!line.isEmpty() && line.split("\\s+").length >= PROSE_WORDS
                    && (line.chars().anyMatch(Character::isLowerCase) || line.chars().noneMatch(Character::isUpperCase))) {
                return pos;
            }
            pos = end + 1;
        }
        return Math.min(pos, body.length());
    }

    /**
     * Whether a date is another document's: the words right before it say "dated", "of", "du", "المؤرخ" ... and a
     * document noun ("letter", "report", "رسالتي", "تقريركم") stands shortly before them in the same sentence.
     */
    /**
     * Whether a date stands in a line that introduces the letter's own text ({@code lead-in}: "Following is the text of
     * a letter, dated 8 June 2001:", "On trouvera ci-après le texte d'une lettre, datée du 12 mars 1999 :"): the cue
     * before the date on its line, and the line ending with a colon, what follows it being the letter.
     */
    private boolean leadIn(String body, DateMention d) {
        int lineStart = body.lastIndexOf('\n', Math.max(0, d.start() - 1)) + 1;
        int lineEnd = body.indexOf('\n', d.end());
        String rest = body.substring(d.end(), lineEnd < 0 ? body.length() : lineEnd).strip();
        return rest.endsWith(":") && !rest.contains(". ") && !rules.leadIn.find(body, lineStart, d.start()).isEmpty();
    }

    private boolean cited(String body, DateMention d) {
        int from = Math.max(0, d.start() - CITED_REACH);
        for (int i = d.start() - 1; i > from; i--) {
            char c = body.charAt(i);
            if (c == '.' || c == '\n' && i > 0 && body.charAt(i - 1) == '\n') {
                from = i;
                break;
            }
        }
        List<PhraseMatcher.Hit<String>> of = rules.ofDate.find(body, from, d.start());
        if (of.isEmpty() || !body.substring(of.get(of.size() - 1).end(), d.start()).isBlank()) {
            return false;
        }
        return !rules.documents.find(body, from, of.get(of.size() - 1).start()).isEmpty();
    }

    private static Optional<Meta> originalLanguage(LetterAnalysis analysis, String body, HeaderRules rules) {
        for (PhraseMatcher.Hit<String> cue : rules.original.find(analysis.folded())) {
            Matcher m = ORIGINAL_LANGUAGE.matcher(body.substring(cue.end(), Math.min(body.length(), cue.end() + 40)));
            if (m.find()) {
                String code = rules.language(m.group(1));
                if (code != null) {
                    return Optional.of(new Meta(MetaField.ORIGINAL_LANGUAGE, code,
                            new Span(cue.start(), cue.end() + m.end(1))));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Meta> organ(LetterText letter, LetterHeader header) {
        String body = letter.body();
        int limit = Math.min(body.length(), header.hasTitle() ? Math.min(header.titleStart, HEADER_CHARS / 2) : HEADER_CHARS / 2);
        int offset = 0;
        for (String line : body.substring(0, limit).split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && trimmed.length() < 40) {
                List<NameMatch> names = gazetteer.find(trimmed, EntityKind.ORGANIZATION).stream()
                        .filter(n -> gazetteer.entry(n.key())
                                .map(e -> rules.organClasses.contains(e.type())).orElse(false))
                        .toList();
                if (names.size() == 1 && names.get(0).label().length() >= trimmed.length() - 4) {
                    int at = offset + line.indexOf(trimmed);
                    NameMatch n = names.get(0);
                    return Optional.of(new Meta(MetaField.ORGAN, n.key(),
                            new Span(at + n.span().start(), at + n.span().end())));
                }
            }
            offset += line.length() + 1;
        }
        return Optional.empty();
    }

    private static Optional<Meta> session(LetterAnalysis analysis, String body, HeaderRules rules) {
        int limit = Math.min(body.length(), HEADER_CHARS);
        for (PhraseMatcher.Hit<String> cue : analysis.find(rules.session, 0, limit)) {
            int value = 0;
            int start = cue.start();
            int end = cue.end();
            // ordinals after the cue (Arabic, French) ...
            Matcher after = ORDINAL_AFTER.matcher(body);
            int pos = cue.end();
            while (after.find(pos) && after.start() == pos) {
                int v = rules.ordinal(after.group(1));
                if (v == 0) {
                    break;
                }
                value += v;
                end = after.end();
                pos = after.end();
            }
            if (value == 0) {
                // ... or before it (English: "Sixty-fourth session")
                String head = body.substring(Math.max(0, cue.start() - 40), cue.start());
                String[] words = head.split("[\\s\\-]+");
                for (int i = words.length - 1; i >= 0; i--) {
                    int v = rules.ordinal(words[i]);
                    if (v == 0) {
                        break;
                    }
                    value += v;
                    start = Math.max(0, body.lastIndexOf(words[i], start));
                }
            }
            if (value > 0) {
                return Optional.of(new Meta(MetaField.SESSION, Integer.toString(value), new Span(start, end)));
            }
        }
        return Optional.empty();
    }
}
