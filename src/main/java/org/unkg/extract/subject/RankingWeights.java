package org.unkg.extract.subject;

import java.util.HashMap;
import java.util.Map;
import org.unkg.extract.rules.RuleFiles;

/**
 * The weights the subject indexer ranks concepts by, read from {@code subjects/ranking.tsv} (see that file for what
 * each means). A weight the file lacks is an error naming it.
 */
record RankingWeights(double firstSentence, double opening, double nested, double shared, double catalogExact, double catalogRelated,
                      double catalogVia, double catalogSubject, double roleMention, double repeat, double depth, double words, double support, int supportMax, int keep, double minScore,
                      int evidence) {
    private static final String FILE = "subjects/ranking.tsv";

    static RankingWeights of(RuleFiles rules) {
        Map<String, Double> v = new HashMap<>();
        for (String[] row : rules.rowsIfPresent(FILE)) {
            if (row.length >= 2) {
                try {
                    v.put(row[0].strip(), Double.parseDouble(row[1].strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(FILE + ": '" + row[1] + "' is not a number (" + row[0] + ")");
                }
            }
        }
        return new RankingWeights(get(v, "first-sentence"), get(v, "opening"), get(v, "nested"), get(v, "shared"), get(v, "catalog-exact"),
                get(v, "catalog-related"), get(v, "catalog-via"), get(v, "catalog-subject"), get(v, "role-mention"), get(v, "repeat"), get(v, "depth"), get(v, "words"), get(v, "support"), (int) get(v, "support-max"),
                (int) get(v, "keep"), get(v, "min-score"), (int) get(v, "evidence"));
    }

    private static double get(Map<String, Double> v, String name) {
        Double d = v.get(name);
        if (d == null) {
            throw new IllegalArgumentException(FILE + ": no weight '" + name + "'");
        }
        return d;
    }
}
