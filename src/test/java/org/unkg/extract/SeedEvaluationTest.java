package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unkg.extract.core.CatalogEntry;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Meta;
import org.unkg.model.MetaField;
import org.unkg.model.Party;
import org.unkg.model.Reference;
import org.unkg.model.Signatory;
import org.unkg.model.Subject;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterReader;
import org.unkg.text.LetterText;

/**
 * Runs the default extractors over the shared seed letters and English originals and compares the fields this
 * package extracts with the gold facts, the way the project's scorer does (per-field true/false positives).
 * Skipped when ../shared or a populated data/catalog is absent.
 */
class SeedEvaluationTest {
    /** ../shared from the project dir (../../shared from a worktree under wt/). */
    private static final Path SHARED = Files.isDirectory(Path.of("../shared")) ? Path.of("../shared") : Path.of("../../shared");
    private static final List<String> SCALARS = List.of("language", "original_language", "symbol", "date", "issued");
    private static final List<String> SETS = List.of("references", "subjects", "organizations", "states", "persons");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, int[]> tally = new LinkedHashMap<>();

    @Test
    void extractorsReachTheGoldOnSeedsAndEnglishOriginals() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("gold/seeds")), "../shared is absent");
        Path catalogDir = Path.of("data/catalog");
        assumeTrue(Files.isDirectory(catalogDir) && Files.exists(catalogDir.resolve("states.ttl")), "catalog is absent");
        ExtractionPipeline pipeline = Pipelines.over(catalogDir);
        ExtractionContext catalog = pipeline.context();
        LetterReader reader = catalog.reader();
        List<String> notes = new ArrayList<>();
        for (String[] set : new String[][] {{"seeds", "gold/seeds"}, {"letters-en", "gold/letters-en"}}) {
            try (Stream<Path> golds = Files.list(SHARED.resolve(set[1]))) {
                for (Path goldFile : golds.sorted().toList()) {
                    JsonNode gold = JSON.readTree(goldFile.toFile());
                    Path letterFile = SHARED.resolve(set[0]).resolve(gold.get("source").asText());
                    LetterText letter = reader.read(letterFile);
                    LetterFacts facts = pipeline.run(letter);
                    score(gold, export(facts, catalog), notes);
                }
            }
        }
        int tp = 0, fp = 0, fn = 0;
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            int[] t = e.getValue();
            tp += t[0];
            fp += t[1];
            fn += t[2];
            report.append(String.format("%-18s tp=%3d fp=%3d fn=%3d F1=%.3f%n", e.getKey(), t[0], t[1], t[2], f1(t[0], t[1], t[2])));
        }
        report.append(String.format("overall F1=%.3f%n", f1(tp, fp, fn)));
        notes.forEach(n -> report.append("  ").append(n).append('\n'));
        System.out.println(report);
        assertThat(f1(tp, fp, fn)).as(report.toString()).isGreaterThanOrEqualTo(0.85);
    }

    private static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The fields of the facts export this package feeds. */
    private static Map<String, Object> export(LetterFacts facts, ExtractionContext catalog) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("language", facts.meta(MetaField.LANGUAGE).map(Meta::value).orElse(null));
        out.put("original_language", facts.meta(MetaField.ORIGINAL_LANGUAGE).map(Meta::value).orElse(null));
        out.put("symbol", facts.meta(MetaField.SYMBOL).map(Meta::value).orElse(null));
        out.put("date", facts.meta(MetaField.DATE).map(Meta::value).orElse(null));
        out.put("issued", facts.meta(MetaField.ISSUED).map(Meta::value).orElse(null));
        for (Party p : facts.parties()) {
            out.put(p.slot() == Party.Slot.SENDER ? "sender" : "recipient", p);
        }
        List<String> signatory = new ArrayList<>();
        for (Signatory s : facts.signatories()) {
            if (s.personKey() != null) {
                catalog.gazetteer().entry(s.personKey()).map(CatalogEntry::english).ifPresent(signatory::add);
            }
            signatory.add(s.name());
        }
        out.put("signatory", signatory);
        out.put("references", facts.references().stream().map(Reference::symbol).toList());
        out.put("subjects", facts.subjects().stream().map(Subject::term).toList());
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        for (Mention m : facts.mentions()) {
            if (m.kind() == EntityKind.ORGANIZATION) {
                orgs.add(m.key());
            } else if (m.kind() == EntityKind.STATE) {
                states.add(m.key());
            } else if (m.kind() == EntityKind.PERSON) {
                persons.add(m.key() == null ? m.label()
                        : catalog.gazetteer().entry(m.key()).map(CatalogEntry::english).orElse(m.label()));
            }
        }
        out.put("organizations", List.copyOf(orgs));
        out.put("states", List.copyOf(states));
        out.put("persons", List.copyOf(persons));
        return out;
    }

    private static String norm(String s) {
        return s == null ? null : FoldedText.fold(s).replaceAll("\\s+", " ").strip();
    }

    private void add(String field, int tp, int fp, int fn) {
        int[] t = tally.computeIfAbsent(field, k -> new int[3]);
        t[0] += tp;
        t[1] += fp;
        t[2] += fn;
    }

    private void score(JsonNode gold, Map<String, Object> pred, List<String> notes) {
        String src = gold.get("source").asText();
        for (String field : SCALARS) {
            String g = gold.hasNonNull(field) ? gold.get(field).asText() : null;
            String p = (String) pred.get(field);
            if (field.equals("symbol")) {
                g = g == null ? null : g.replaceAll("\\s", "").toUpperCase();
                p = p == null ? null : p.replaceAll("\\s", "").toUpperCase();
            } else {
                g = norm(g);
                p = norm(p);
            }
            if (g == null && p == null) {
                continue;
            }
            if (g != null && g.equals(p)) {
                add(field, 1, 0, 0);
            } else {
                add(field, 0, p != null ? 1 : 0, g != null ? 1 : 0);
                notes.add(src + " " + field + ": gold " + g + ", got " + p);
            }
        }
        for (String field : List.of("sender", "recipient")) {
            JsonNode g = gold.get(field);
            Party p = (Party) pred.get(field);
            boolean same = p != null && g.get("role").asText().equals(p.role())
                    && (!g.has("state") || g.get("state").asText().equals(p.state()));
            add(field, same ? 1 : 0, !same && p != null ? 1 : 0, same ? 0 : 1);
            if (!same) {
                notes.add(src + " " + field + ": gold " + g + ", got " + p);
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        gold.get("signatory").forEach(n -> forms.add(norm(n.asText())));
        @SuppressWarnings("unchecked")
        List<String> got = (List<String>) pred.get("signatory");
        boolean hit = got.stream().anyMatch(v -> forms.contains(norm(v)));
        add("signatory", hit ? 1 : 0, !hit && !got.isEmpty() ? 1 : 0, !hit && !forms.isEmpty() ? 1 : 0);
        if (!hit) {
            notes.add(src + " signatory: gold " + forms + ", got " + got);
        }
        JsonNode allowed = gold.path("allowed");
        for (String field : SETS) {
            boolean symbols = field.equals("references");
            List<Set<String>> items = new ArrayList<>();
            gold.path(field).forEach(v -> {
                Set<String> alts = new LinkedHashSet<>();
                for (String a : v.asText().split("\\|")) {
                    alts.add(symbols ? a.replaceAll("\\s", "").toUpperCase() : norm(a));
                }
                items.add(alts);
            });
            Set<String> ok = new LinkedHashSet<>();
            allowed.path(field).forEach(v -> {
                for (String a : v.asText().split("\\|")) {
                    ok.add(symbols ? a.replaceAll("\\s", "").toUpperCase() : norm(a));
                }
            });
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) pred.get(field);
            Set<String> p = new LinkedHashSet<>();
            values.forEach(v -> p.add(symbols ? v.replaceAll("\\s", "").toUpperCase() : norm(v)));
            int tp = 0;
            Set<String> used = new LinkedHashSet<>();
            List<Set<String>> missing = new ArrayList<>();
            for (Set<String> alts : items) {
                Set<String> inter = new LinkedHashSet<>(alts);
                inter.retainAll(p);
                if (inter.isEmpty()) {
                    missing.add(alts);
                } else {
                    tp++;
                    used.addAll(alts);
                }
            }
            Set<String> extra = new LinkedHashSet<>(p);
            extra.removeAll(used);
            extra.removeAll(ok);
            add(field, tp, extra.size(), missing.size());
            if (!missing.isEmpty()) {
                notes.add(src + " " + field + ": missing " + missing);
            }
            if (!extra.isEmpty()) {
                notes.add(src + " " + field + ": unexpected " + extra);
            }
        }
    }
}
