package org.unkg.export.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges the letters a row comes from: one entry per letter, its quotes without repeats, in letter-date order. */
final class Sources {
    private Sources() {}

    static List<SourceRef> merge(List<SourceRef> a, List<SourceRef> b) {
        Map<String, SourceRef> byLetter = new LinkedHashMap<>();
        for (List<SourceRef> list : List.of(a, b)) {
            for (SourceRef s : list) {
                SourceRef known = byLetter.get(s.letter());
                if (known == null) {
                    byLetter.put(s.letter(), s);
                } else {
                    Set<String> quotes = new LinkedHashSet<>(known.quotes());
                    quotes.addAll(s.quotes());
                    byLetter.put(s.letter(), new SourceRef(known.letter(), known.stem(), known.symbol(), known.date(),
                            known.file(), known.language(), new ArrayList<>(quotes)));
                }
            }
        }
        List<SourceRef> out = new ArrayList<>(byLetter.values());
        out.sort(Comparator.comparing((SourceRef s) -> s.date() == null ? "9999" : s.date())
                .thenComparing(s -> s.file() == null ? s.letter() : s.file()));
        return out;
    }
}
