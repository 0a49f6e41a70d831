package org.unkg.extract.meta;

import java.util.ArrayList;
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
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Precision;
import org.unkg.model.Span;
import org.unkg.text.LetterText;

/**
 * Reads the letter's own metadata: its symbol (a line holding only a UN symbol at the top of the document or as a
 * running page header, never a job number), its date (from the title line "Letter dated ...", else the first full
 * date near the top), the distribution date under "Distr.: General", the language, the original language
 * ("Original: Russian", "[الأصل: بالانكليزية]"), the organ whose document it is (a header line naming it) and the
 * General Assembly session ("Sixty-fourth session", "الدورة الرابعة والستون").
 */
public final class LetterMetadataExtractor implements Extractor {
    /** A symbol alone on its line, or ending a line after a column gap ("United Nations        A/64/235"). */
    private static final Pattern SYMBOL_LINE = Pattern.compile(
            "(?m)(?:^|[ \\t\\u00A0]{2,})[ \\t\\u00A0]*([A-Z]{1,6}(?:/[A-Z0-9.\\-]+)*/[0-9][A-Z0-9.\\-/()]*)[ \\t\\u00A0]*$");
    private static final Pattern JOB_NUMBER = Pattern.compile("\\b\\d{2}-\\d{5}\\b");
    private static final int HEADER_CHARS = 1500;
    private static final int TOP_LINES = 6;
    private static final Pattern ORIGINAL_LANGUAGE = Pattern.compile("^\\s*:\\s*([\\p{L}\\u0640]+)");
    private static final Pattern ORDINAL_AFTER = Pattern.compile("\\G[\\s\\-]*([\\p{L}\\u0640]+)");
    private final HeaderRules rules;
    private final Gazetteer gazetteer;

    /** The extractor with the header rules of {@code context}. */
    public LetterMetadataExtractor(ExtractionContext context) {
        this.rules = new HeaderRules(context.rules());
        this.gazetteer = context.gazetteer();
    }

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        String body = letter.body();
        out.add(new Meta(MetaField.LANGUAGE, letter.language(), null));
        symbol(body).ifPresentOrElse(out::add, () -> symbol(letter.original())
                .ifPresent(m -> out.add(new Meta(MetaField.SYMBOL, m.value(), null))));
        List<DateMention> all = analysis.bodyDates();
        Optional<Meta> issued = issued(analysis, body, all, rules);
        issued.ifPresent(out::add);
        letterDate(analysis, body, all, rules, issued.map(Meta::span).orElse(null)).ifPresent(out::add);
        originalLanguage(analysis, body, rules).ifPresent(out::add);
        organ(letter).ifPresent(out::add);
        session(analysis, body, rules).ifPresent(out::add);
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

    private static Optional<Meta> issued(LetterAnalysis analysis, String body, List<DateMention> dates, HeaderRules rules) {
        int limit = Math.min(body.length(), HEADER_CHARS);
        for (PhraseMatcher.Hit<String> cue : analysis.find(rules.distr, 0, limit)) {
            for (DateMention d : dates) {
                if (d.start() >= cue.end() && body.substring(cue.end(), d.start()).strip().length() < 40
                        && d.value().precision() == Precision.DAY) {
                    return Optional.of(new Meta(MetaField.ISSUED, d.value().iso(), d.span()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Meta> letterDate(LetterAnalysis analysis, String body, List<DateMention> dates, HeaderRules rules, Span issued) {
        List<PhraseMatcher.Hit<String>> cues = analysis.find(rules.dated, 0, Math.min(body.length(), HEADER_CHARS * 2));
        for (PhraseMatcher.Hit<String> cue : cues) {
            for (DateMention d : dates) {
                boolean after = d.start() >= cue.end() && d.start() - cue.end() <= 12;
                boolean before = d.end() <= cue.start() && cue.start() - d.end() <= 12;
                if ((after || before) && d.value().precision() == Precision.DAY) {
                    return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
                }
            }
        }
        int limit = Math.min(body.length(), HEADER_CHARS);
        for (DateMention d : dates) {
            if (d.start() < limit && d.value().precision() == Precision.DAY && (issued == null || d.start() != issued.start())) {
                return Optional.of(new Meta(MetaField.DATE, d.value().iso(), d.span()));
            }
        }
        return Optional.empty();
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

    private Optional<Meta> organ(LetterText letter) {
        String body = letter.body();
        int limit = Math.min(body.length(), HEADER_CHARS / 2);
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
