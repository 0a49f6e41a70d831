package org.unkg.extract.party;

import java.util.List;
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
import org.unkg.model.Signatory;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterText;

/**
 * Reads who signed the letter: the name after the signature mark ("(Signed)", "(توقيع)", "(Signé)";
 * {@code signatures.tsv}), honorifics ("Ambassador", "السفير", "Dr.") dropped, ending at the role line
 * ("Permanent Representative", "الممثل الدائم"), other punctuation or the line end. The signer is linked to a
 * catalog person when the gazetteer knows the name (with or without middle initials).
 */
public final class SignatoryExtractor implements Extractor {
    private static final int MAX_WORDS = 6;
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}\\u0640][\\p{L}\\p{M}\\u0640.'’\\-]*");
    private final Pattern cue;
    private final PhraseMatcher<String> titles;
    private final PhraseMatcher<String> stops;
    private final Gazetteer gazetteer;

    /** The extractor with the signature rules ({@code signatures.tsv}) of {@code context}. */
    public SignatoryExtractor(ExtractionContext context) {
        RuleFiles rules = context.rules();
        String cues = rules.rows("signatures.tsv").stream().filter(r -> r[0].equals("cue"))
                .map(r -> Pattern.quote(FoldedText.fold(r[1]))).collect(Collectors.joining("|"));
        titles = PhraseMatcher.ofKind(rules, "signatures.tsv", "title");
        stops = PhraseMatcher.ofKind(rules, "signatures.tsv", "stop");
        cue = Pattern.compile("[(\\[)\\]]\\s*(?:" + cues + ")\\s*[)\\]\\(\\[]");
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
        Matcher m = cue.matcher(folded.text());
        while (m.find()) {
            int start = folded.sourceEnd(m.end());
            Span name = nameAfter(analysis, body, start);
            if (name == null) {
                continue;
            }
            String written = body.substring(name.start(), name.end()).replaceAll("\\s+", " ").strip();
            String key = person(written);
            out.add(new Signatory(written, key, name));
            return;
        }
    }

    /** The span of the name starting after {@code from}, titles dropped, or null. */
    Span nameAfter(LetterAnalysis analysis, String body, int from) {
        int lineEnd = body.indexOf('\n', from);
        while (lineEnd >= 0 && body.substring(from, lineEnd).isBlank()) {
            lineEnd = body.indexOf('\n', lineEnd + 1);
        }
        int end = lineEnd < 0 ? body.length() : lineEnd;
        end = Math.min(end, from + 200);
        for (int i = from; i < end; i++) {
            char c = body.charAt(i);
            if (c == '[' || c == '(' || c == ',' || c == '،' || c == ';' || c == '؛' || c == ':' || c == '"' || c == '«') {
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
            if (t.start() > start + 1) {
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
            if (w.endsWith(".") && w.length() > 3) {
                last--;
                break;
            }
        }
        if (first < 0 || count == 0) {
            return null;
        }
        return new Span(first, last);
    }

    private String person(String written) {
        for (String form : new String[] {written, written.replaceAll("(?<![\\p{L}])\\p{L}\\.\\s*", "")}) {
            List<NameMatch> persons = gazetteer.find(form, EntityKind.PERSON);
            if (!persons.isEmpty() && persons.get(0).label().length() * 3 >= form.length() * 2) {
                return persons.get(0).key();
            }
        }
        return ScrambledNames.find(written, gazetteer.entries());
    }
}
