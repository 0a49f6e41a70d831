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
    /** How long a salutation before an opening may be. */
    private static final int SALUTATION_REACH = 80;
    private final PhraseMatcher<String> salutation;

    private Openings(PhraseMatcher<String> opening, PhraseMatcher<String> salutation) {
        this.opening = opening;
        this.salutation = salutation;
    }

    /** The openings and salutations of every language's {@code header.tsv}. */
    public static Openings of(RuleFiles rules) {
        List<String[]> header = rules.everyLanguage("header.tsv");
        return new Openings(PhraseMatcher.ofKind(header, "opening"), PhraseMatcher.ofKind(header, "salutation"));
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

    /**
     * The start of a salutation that stands, with its comma or colon, right before {@code at} ("Excellency, I have the
     * honour": a header flattened to one line), or -1.
     */
    public int salutationBefore(String body, int from, int at) {
        for (PhraseMatcher.Hit<String> s : salutation.find(body, Math.max(from, at - SALUTATION_REACH), at)) {
            String between = body.substring(s.end(), at).strip();
            if (between.equals(",") || between.equals(":") || between.equals("\u060C")) {
                return s.start();
            }
        }
        return -1;
    }
}
