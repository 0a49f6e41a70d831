package org.unkg.extract.party;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Signatory;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterText;
import org.unkg.text.WhiteSpace;

/**
 * Reads who signed the letter: the name after the signature mark ("(Signed)", "(توقيع)", "(Signé)";
 * {@code signatures.tsv}), or on its own line after a complimentary close ("Please accept, Excellency, the assurances
 * of my highest consideration.", "Veuillez agréer ...", "وتفضلوا بقبول فائق الاحترام"), whichever comes first, so the
 * covering letter's signer is taken before an annex's; honorifics ("Ambassador", "السفير", "Dr.") dropped, ending at
 * the role line ("Permanent Representative", "الممثل الدائم"), other punctuation or the line end. A title line
 * ("Permanent Representative") is never a name. A letter that shows no signature is signed by the writer its title
 * names before the role ("from Mr. Nabil Elaraby, Permanent Representative of Egypt"). The signer is linked to a
 * catalog person when the gazetteer knows the name (with or without middle initials).
 */
public final class SignatoryExtractor implements Extractor {
    private static final int MAX_WORDS = 6;
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}\\u0640][\\p{L}\\p{M}\\u0640.'’ʼ‘`´\\-]*");
    private static final int MAX_LINE = 70;
    /** A run of initials ("R.M.", "J.-P."): no word a sentence ends with. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.-?)+");
    private static final int SKIPPED_TITLE_LINES = 2;
    /** More letters than a signature mark has ("(Signed)", "(Подпись)") before a name on its line: prose runs into it. */
    private static final int PROSE_LETTERS = 12;
    private final Pattern cue;
    private final PhraseMatcher<String> titles;
    private final PhraseMatcher<String> stops;
    private final PhraseMatcher<String> closes;
    private final PhraseMatcher<String> roles;
    /** A person's role words ({@code role} rows of {@code names.tsv}): where a name ends on a one-line signature. */
    private final PhraseMatcher<String> personRoles;
    private final PhraseMatcher<String> from;
    private final PhraseMatcher<String> blockEnd;
    private final Set<String> particles = new HashSet<>();
    private final Gazetteer gazetteer;

    /** The extractor with the signature rules ({@code signatures.tsv}) of {@code context}. */
    public SignatoryExtractor(ExtractionContext context) {
        RuleFiles rules = context.rules();
        List<String[]> signatures = rules.everyLanguage("signatures.tsv");
        String cues = signatures.stream().filter(r -> r[0].equals("cue"))
                .map(r -> Pattern.quote(FoldedText.fold(r[1]))).collect(Collectors.joining("|"));
        titles = PhraseMatcher.ofKind(signatures, "title");
        stops = PhraseMatcher.ofKind(signatures, "stop");
        closes = PhraseMatcher.ofKind(signatures, "close");
        blockEnd = PhraseMatcher.ofKind(signatures, "block-end");
        roles = context.roleWords().roles();
        personRoles = PhraseMatcher.ofKind(rules.everyLanguage("names.tsv"), "role");
        from = context.roleWords().from();
        for (String[] row : rules.common("signatures.tsv")) {
            if (row[0].equals("particle") && row.length > 1) {
                particles.add(row[1]);
            }
        }
        cue = Pattern.compile("[(\\[)\\]]\\s*(?:" + cues + ")\\s*[)\\]\\(\\[](?:\\s*:)?");
        gazetteer = context.gazetteer();
    }

    @Override
    public String name() {
        return "signatory";
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        String body = letter.body();
        FoldedText folded = analysis.folded();
        Span signed = null;
        Matcher m = cue.matcher(folded.text());
        while (m.find()) {
            int start = folded.sourceEnd(m.end());
            int lineEnd = body.indexOf('\n', start);
            // a mark that ends its line after a name signs that name ("潘基文（签名）"), else the name after it
            Span name = body.substring(start, lineEnd < 0 ? body.length() : lineEnd).isBlank()
                    ? nameBefore(analysis, body, folded.sourceOffset(m.start())) : null;
            if (name == null) {
                name = nameAfter(analysis, body, start);
            }
            if (name != null && !titleLine(body, name)) {
                signed = name;
                break;
            }
        }
        Span closed = null;
        for (PhraseMatcher.Hit<String> close : closes.find(folded)) {
            if (signed != null && close.start() > signed.start()) {
                break;
            }
            closed = nameAfterClose(analysis, body, close);
            if (closed != null) {
                break;
            }
        }
        Span name = signed == null ? closed : closed == null ? signed : closed.start() < signed.start() ? closed : signed;
        if (name == null) {
            name = out.meta(MetaField.TITLE).map(Meta::span).map(t -> nameInTitle(analysis, body, t)).orElse(null);
        }
        if (name != null) {
            String written = WhiteSpace.collapse(body.substring(name.start(), name.end())).strip();
            out.add(new Signatory(written, person(written), name));
        }
    }

    /**
     * The name on its own line after a complimentary close: the close's line ends the sentence (a full stop or comma
     * ends it, or the close itself), then, past blank lines and at most {@value #SKIPPED_TITLE_LINES} title lines
     * ("Ambassador", "(Signed)"), a line that reads as a name.
     */
    private Span nameAfterClose(LetterAnalysis analysis, String body, PhraseMatcher.Hit<String> close) {
        int lineEnd = body.indexOf('\n', close.end());
        if (lineEnd < 0) {
            return null;
        }
        String rest = body.substring(close.end(), lineEnd).strip();
        if (!(rest.isEmpty() || rest.endsWith(".") || rest.endsWith(",") || rest.endsWith("\u060C"))) {
            return null;
        }
        int pos = lineEnd + 1;
        int skipped = 0;
        while (pos < body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            String line = body.substring(pos, end);
            if (!line.isBlank()) {
                int lead = pos + (line.length() - line.stripLeading().length());
                int trail = pos + line.stripTrailing().length();
                if (onlyTitles(body, lead, trail) && skipped++ < SKIPPED_TITLE_LINES) {
                    pos = end + 1;
                    continue;
                }
                if (!nameLine(body, lead, trail)) {
                    return null;
                }
                Span name = nameAfter(analysis, body, lead);
                return name == null || titleLine(body, name) ? null : name;
            }
            if (nl < 0) {
                break;
            }
            pos = end + 1;
        }
        return null;
    }

    /**
     * The name before a signature mark that ends its line, as Chinese letters sign ("潘基文（签名）"), or null when the mark
     * opens its line or a name does not end right before it.
     */
    private Span nameBefore(LetterAnalysis analysis, String body, int cueStart) {
        int lineStart = cueStart;
        while (lineStart > 0 && body.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int lead = lineStart;
        while (lead < cueStart && Character.isWhitespace(body.charAt(lead))) {
            lead++;
        }
        if (lead == cueStart || cueStart - lead > MAX_LINE) {
            return null;
        }
        Span name = nameAfter(analysis, body, lead);
        return name != null && name.end() <= cueStart && body.substring(name.end(), cueStart).isBlank() ? name : null;
    }

    /**
     * A writer the title names before their role, for a letter that shows no signature (a reprint): "from Mr. Nabil
     * Elaraby, Permanent Representative of Egypt", "par M. Alain Dejammet, Représentant permanent de la France".
     */
    private Span nameInTitle(LetterAnalysis analysis, String body, Span title) {
        for (PhraseMatcher.Hit<String> f : from.find(body, title.start(), title.end())) {
            int comma = body.indexOf(',', f.end());
            if (comma < 0 || comma > title.end() || comma - f.end() > MAX_LINE) {
                continue;
            }
            int next = comma + 1;
            while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                next++;
            }
            List<PhraseMatcher.Hit<String>> role = roles.find(body, next, Math.min(title.end(), next + 60));
            if (role.isEmpty() || role.get(0).start() != next) {
                continue;
            }
            int start = f.end();
            while (start < comma && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            if (start < comma && nameLine(body, start, comma) && onlyTitlesBefore(body, start, comma)) {
                Span name = nameAfter(analysis, body, start);
                if (name != null && name.end() <= comma && !titleLine(body, name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Whether a title-named writer starts with an honorific ("Mr.", "H.E.", "M."): a name, not an article. */
    private boolean onlyTitlesBefore(String body, int start, int end) {
        List<PhraseMatcher.Hit<String>> t = titles.find(body, start, end);
        return !t.isEmpty() && t.get(0).start() == start;
    }

    /** Whether {@code [start, end)} holds only honorifics and signature marks ("Ambassador", "(Signed)"). */
    private boolean onlyTitles(String body, int start, int end) {
        String rest = body.substring(start, end);
        if (cue.matcher(FoldedText.fold(rest)).find()) {
            rest = cue.matcher(FoldedText.fold(rest)).replaceAll(" ");
        } else {
            StringBuilder kept = new StringBuilder();
            int at = 0;
            for (PhraseMatcher.Hit<String> t : titles.find(rest)) {
                kept.append(rest, at, t.start());
                at = t.end();
            }
            kept.append(rest.substring(at));
            rest = kept.toString();
        }
        return rest.chars().noneMatch(Character::isLetter);
    }

    /**
     * Whether a line reads as a name: at most {@value #MAX_LINE} characters, two to six words without digits, no
     * role phrase or heading; in Latin script every word capitalised, an initial or a particle ("de", "van", "bin").
     */
    private boolean nameLine(String body, int start, int end) {
        String line = body.substring(start, end);
        if (line.length() > MAX_LINE || line.chars().anyMatch(Character::isDigit) || line.endsWith(":")
                || !roles.find(line).isEmpty() || !blockEnd.find(line).isEmpty() || !stops.find(line).isEmpty()) {
            return false;
        }
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (PhraseMatcher.Hit<String> t : titles.find(line)) {
            kept.append(line, at, t.start());
            at = t.end();
        }
        kept.append(line.substring(at));
        String[] words = kept.toString().strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w.replaceAll("[,.]$", "")).matches() && !w.matches("\\p{Lu}\\.")) {
                return false;
            }
            char c = w.charAt(0);
            boolean latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (latin && !Character.isUpperCase(c) && !particles.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return gazetteer.find(kept.toString()).stream().noneMatch(n -> n.kind() != EntityKind.PERSON
                && n.label().length() * 2 >= kept.toString().strip().length());
    }

    /** Where the first digit after a letter stands in {@code [from, end)}, or {@code end}. */
    private static int firstDigitAfterALetter(String body, int from, int end) {
        boolean letter = false;
        for (int i = from; i < end; i++) {
            char c = body.charAt(i);
            if (letter && Character.isDigit(c)) {
                return i;
            }
            letter |= Character.isLetter(c);
        }
        return end;
    }

    /** Whether a name the cue or close points at is a signature-block title ("Permanent Representative"). */
    private boolean titleLine(String body, Span name) {
        String text = body.substring(name.start(), name.end());
        List<PhraseMatcher.Hit<String>> role = roles.find(text);
        List<PhraseMatcher.Hit<String>> stop = stops.find(text);
        return (!role.isEmpty() && role.get(0).start() == 0) || (!stop.isEmpty() && stop.get(0).start() == 0);
    }

    /** The span of the name starting after {@code from}, titles dropped, or null. */
    Span nameAfter(LetterAnalysis analysis, String body, int from) {
        int lineEnd = body.indexOf('\n', from);
        while (lineEnd >= 0 && body.substring(from, lineEnd).isBlank()) {
            lineEnd = body.indexOf('\n', lineEnd + 1);
        }
        int end = lineEnd < 0 ? body.length() : lineEnd;
        if (lineEnd >= 0 && runsOnNextLine(analysis, body, from, lineEnd)) {
            int next = body.indexOf('\n', lineEnd + 1);
            end = next < 0 ? body.length() : next;
        }
        end = Math.min(end, from + 200);
        for (int i = from; i < end; i++) {
            char c = body.charAt(i);
            if (c == '[' || c == '(' || c == ',' || c == '،' || c == ';' || c == '؛' || c == ':' || c == '"' || c == '«'
                    || c == '\uFF08' || c == '\uFF0C' || c == '\uFF1A' || c == '\u3001') { // and their full-width forms
                end = i;
                break;
            }
        }
        for (PhraseMatcher.Hit<String> stop : analysis.find(stops, from, end)) {
            if (stop.start() > from + 1) {
                end = Math.min(end, stop.start());
                break;
            }
        }
        // a signature run into its role on one line (one-line and re-flowed texts): "(Signed) Mamady Traoré President
        // of the Security Council", "(توقيع) ... رئيس مجلس الأمن": the name ends where a role starts after it
        end = Math.min(end, roleAfterName(analysis, body, from, end, roles, false));
        // a single role word only in a cased script: Arabic role words are also names ("أمين", "الملك" in "عبد الملك")
        end = Math.min(end, roleAfterName(analysis, body, from, end, personRoles, true));
        // a signature run into the page's furniture on one line ("(Signed) Ban Ki-moon 2 07-65656 S/2007/753"): no
        // name holds a digit, so the first one after the name's first letter ends it
        end = Math.min(end, firstDigitAfterALetter(body, from, end));
        int start = from;
        // drop leading titles, then trailing titles (a title may repeat before the role line)
        boolean changed = true;
        while (changed) {
            changed = false;
            String rest = body.substring(start, end);
            int lead = rest.length() - rest.stripLeading().length();
            for (PhraseMatcher.Hit<String> t : analysis.find(titles, start, end)) {
                if (t.start() == start + lead) {
                    start = t.end();
                    changed = true;
                }
                break;
            }
        }
        List<PhraseMatcher.Hit<String>> trailing = analysis.find(titles, start, end);
        for (PhraseMatcher.Hit<String> t : trailing) {
            if (t.start() > start + 1 && Character.isWhitespace(body.charAt(t.start() - 1)) && !middleInitial(body, t, end)) {
                end = Math.min(end, t.start());
                break;
            }
        }
        // at most a few words; a sentence-ending full stop after a long word ends the name
        Matcher words = NAME_WORD.matcher(body).region(start, end);
        int first = -1;
        int last = -1;
        int count = 0;
        while (words.find() && count < MAX_WORDS) {
            if (first < 0) {
                first = words.start();
            }
            last = words.end();
            count++;
            String w = words.group();
            if (w.endsWith(".") && w.length() > 3 && !INITIALS.matcher(w).matches()) {
                last--;
                break;
            }
        }
        if (first < 0 || count == 0) {
            return null;
        }
        return new Span(first, last);
    }

    /**
     * Whether a signature's name goes on at the start of the next line, as re-flowed and hard-wrapped text breaks it
     * ("(Signé) François" / "Nordmann Représentant permanent", "... Conseil. (Signed) Youssoufou" / "Bamba Ambassador",
     * "(Signé) Jean-Marc de La" / "Sablière Président ..."): the name's line holds one word of it, or ends with a
     * particle, or runs prose before the mark (the signature was run into its paragraph); and the next line opens with
     * a capitalised word that no title, role or stop phrase starts. A name on a line of its own followed by its role
     * line ("Kofi A. Annan" / "Secretary-General") stays on its line.
     */
    private boolean runsOnNextLine(LetterAnalysis analysis, String body, int from, int lineEnd) {
        int nextEnd = body.indexOf('\n', lineEnd + 1);
        nextEnd = nextEnd < 0 ? body.length() : nextEnd;
        String next = body.substring(lineEnd + 1, nextEnd);
        int lead = lineEnd + 1 + (next.length() - next.stripLeading().length());
        if (lead >= nextEnd || !Character.isUpperCase(body.charAt(lead))) {
            return false;
        }
        for (PhraseMatcher<String> phrases : List.of(titles, stops, roles, personRoles)) {
            List<PhraseMatcher.Hit<String>> hits = analysis.find(phrases, lead, nextEnd);
            if (!hits.isEmpty() && hits.get(0).start() == lead) {
                return false;
            }
        }
        Matcher words = NAME_WORD.matcher(body).region(from, lineEnd);
        int count = 0;
        String last = null;
        while (words.find()) {
            count++;
            last = words.group();
        }
        if (count == 0 || count > MAX_WORDS) {
            return false;
        }
        int lineStart = body.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        long lettersBefore = body.substring(lineStart, from).chars().filter(Character::isLetter).count();
        return count == 1 || particles.contains(last.toLowerCase(java.util.Locale.ROOT)) || lettersBefore > PROSE_LETTERS;
    }

    /**
     * Where the first role phrase after the name's first word starts in {@code [from, end)}, or {@code end}: a role
     * phrase in Latin or Cyrillic script counts only capitalised ("President", not "president"), as a signature's role
     * line writes it; with {@code casedOnly}, a phrase in a script without case (Arabic) does not count.
     */
    private static int roleAfterName(LetterAnalysis analysis, String body, int from, int end, PhraseMatcher<String> phrases,
            boolean casedOnly) {
        int first = from;
        while (first < end && !Character.isLetter(body.charAt(first))) {
            first++;
        }
        for (PhraseMatcher.Hit<String> role : analysis.find(phrases, from, end)) {
            char c = body.charAt(role.start());
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c);
            if (role.start() > first + 1 && (cased ? Character.isUpperCase(c) : !casedOnly)) {
                return role.start();
            }
        }
        return end;
    }

    /** Whether a title shaped as an initial ("M.") stands before a capitalized word of the name: "Marty M. Natalegawa". */
    private static boolean middleInitial(String body, PhraseMatcher.Hit<String> title, int end) {
        if (!INITIALS.matcher(body.substring(title.start(), title.end())).matches()) {
            return false;
        }
        int next = title.end();
        while (next < end && body.charAt(next) == ' ') {
            next++;
        }
        return next > title.end() && next < end && Character.isUpperCase(body.charAt(next));
    }

    /** An initial and its full stop ("J. "), dropped to find a name the catalog writes without it. */
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}])\\p{L}\\.\\s*");

    private String person(String written) {
        for (String form : new String[] {written, INITIAL.matcher(written).replaceAll("")}) {
            List<NameMatch> persons = gazetteer.find(form, EntityKind.PERSON);
            if (!persons.isEmpty() && persons.get(0).label().length() * 3 >= form.length() * 2) {
                return persons.get(0).key();
            }
        }
        return ScrambledNames.find(written, gazetteer.entries());
    }
}
