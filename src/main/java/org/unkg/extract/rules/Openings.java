package org.unkg.extract.rules;

import java.util.List;

/**
 * Where a letter's body opens: its first opening phrase ({@code opening} rows of {@code header.tsv}: "I have the
 * honour", "J'ai l'honneur", "يشرفني") or salutation ({@code salutation} rows: "Excellency,", "Monsieur le
 * Président,"), a salutation counting only where it starts a line and ends it or is followed by a comma or colon.
 * Before it stand the header, the title, a letterhead, memo lines.
 */
public final class Openings {
    private final PhraseMatcher<String> opening;
    private final PhraseMatcher<String> salutation;

    private Openings(PhraseMatcher<String> opening, PhraseMatcher<String> salutation) {
        this.opening = opening;
        this.salutation = salutation;
    }

    /** The openings and salutations of {@code header.tsv}. */
    public static Openings of(RuleFiles rules) {
        return new Openings(PhraseMatcher.ofKind(rules, "header.tsv", "opening"), PhraseMatcher.ofKind(rules, "header.tsv", "salutation"));
    }

    /** The start of the first opening in {@code body} between {@code from} and {@code to}, or -1. */
    public int first(String body, int from, int to) {
        int best = -1;
        List<PhraseMatcher.Hit<String>> o = opening.find(body, from, to);
        if (!o.isEmpty()) {
            best = o.get(0).start();
        }
        for (PhraseMatcher.Hit<String> s : salutation.find(body, from, best >= 0 ? best : to)) {
            int lineStart = body.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            if (s.start() == 0) {
                lineStart = 0;
            }
            int lineEnd = body.indexOf('\n', s.end());
            String after = body.substring(s.end(), lineEnd < 0 ? body.length() : lineEnd).strip();
            if (body.substring(lineStart, s.start()).isBlank() && (after.isEmpty() || after.startsWith(",") || after.startsWith(":")
                    || after.startsWith("،"))) {
                return s.start();
            }
        }
        return best;
    }
}
