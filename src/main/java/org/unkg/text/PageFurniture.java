package org.unkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises page furniture lines (job-number footers, barcodes, page numbers, running document symbols)
 * with the patterns of the rule file {@code data/rules/common/page-furniture.tsv}.
 */
public final class PageFurniture {
    /** What a furniture line is. */
    public enum Kind {
        /** Job number footer such as {@code 11-30456 (E) 120511} or {@code 2 11-30456}. */
        JOB,
        /** Barcode line such as {@code *0534927*}. */
        BARCODE,
        /** A bare page number. */
        PAGE,
        /** A document symbol alone on a line, e.g. {@code S/2005/323}. */
        SYMBOL
    }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private final List<Rule> rules;
    /** Each thread's matchers of the rules, reset for each line (every line of every letter is classified). */
    private final ThreadLocal<Matcher[]> matchers;

    private PageFurniture(List<Rule> rules) {
        this.rules = rules;
        this.matchers = ThreadLocal.withInitial(() -> rules.stream().map(r -> r.pattern().matcher("")).toArray(Matcher[]::new));
    }

    /**
     * The furniture of the rows of a rules file ({@code data/rules/common/page-furniture.tsv}): kind, then a regular
     * expression matched against the whole trimmed line.
     */
    public static PageFurniture of(List<String[]> rows) {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : rows) {
            rules.add(new Rule(Kind.valueOf(row[0]), Pattern.compile(row[1])));
        }
        return new PageFurniture(List.copyOf(rules));
    }

    /** The kind of furniture {@code line} is, or {@code null} when it is letter text. */
    public Kind classify(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher[] ms = matchers.get();
        for (int i = 0; i < ms.length; i++) {
            if (ms[i].reset(t).matches()) {
                ms[i].reset("");
                return rules.get(i).kind();
            }
        }
        return null;
    }
}
