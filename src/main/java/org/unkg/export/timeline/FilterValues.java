package org.unkg.export.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the values of the entity and type filters against what the graph knows, returning their canonical
 * spelling; an unknown value is an {@link IllegalArgumentException} whose message lists close matches.
 */
final class FilterValues {
    private static final int SUGGESTIONS = 6;

    private FilterValues() {}

    /** Canonical keys for {@code requested}: by key (any case) or by a label in any language (any case). */
    static List<String> entities(List<String> requested, Collection<BodyRef> known) {
        List<String> out = new ArrayList<>();
        for (String r : requested) {
            BodyRef hit = known.stream().filter(b -> b.key() != null && b.key().equals(r)).findFirst()
                    .or(() -> known.stream().filter(b -> b.key() != null && b.key().equalsIgnoreCase(r)).findFirst())
                    .or(() -> known.stream().filter(b -> b.labels().values().stream().anyMatch(r::equalsIgnoreCase)).findFirst())
                    .orElse(null);
            if (hit == null) {
                throw new IllegalArgumentException(unknownEntity(r, known));
            }
            out.add(hit.key());
        }
        return out;
    }

    private static String unknownEntity(String r, Collection<BodyRef> known) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Map<String, BodyRef> byKey = new LinkedHashMap<>();
        for (BodyRef b : known) {
            if (b.key() != null) {
                candidates.put(b.key(), new ArrayList<>(b.labels().values()));
                byKey.putIfAbsent(b.key(), b);
            }
        }
        List<String> close = CloseMatches.of(r, candidates, SUGGESTIONS);
        StringBuilder sb = new StringBuilder("unknown entity key '").append(r).append("'");
        if (close.isEmpty()) {
            sb.append(": no body or state has a key or label like it (keys are skos:notation values such as "
                    + "catalog keys and ISO 3166 alpha-3 codes; see data/catalog)");
        } else {
            sb.append("; close matches: ").append(close.stream().map(k -> {
                BodyRef b = byKey.get(k);
                String label = b.label("en");
                return label.equals(k) ? k : k + " (" + label + ")";
            }).collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    /** Canonical (lower-case) types; {@code known} is empty when nothing is known, and then all pass. */
    static List<String> types(List<String> requested, Set<String> known) {
        if (known.isEmpty()) {
            return requested;
        }
        for (String t : requested) {
            if (!known.contains(t.toLowerCase(Locale.ROOT))) {
                Map<String, List<String>> candidates = new LinkedHashMap<>();
                known.forEach(k -> candidates.put(k, List.of()));
                List<String> close = CloseMatches.of(t, candidates, SUGGESTIONS);
                throw new IllegalArgumentException("unknown event type '" + t + "'"
                        + (close.isEmpty() ? "" : "; close matches: " + String.join(", ", close))
                        + "; types: " + String.join(", ", known));
            }
        }
        return requested;
    }
}
