package org.unkg.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of {@code src/main/java}, read from the sources: which unkg packages each package uses (its
 * imports and any fully qualified {@code org.unkg...Type} in its code or Javadoc). The layers run one way (model at
 * the bottom; text; catalog; the extraction rules, dates and core; the fact-kind extractors; graph, store, export,
 * serve, cli) and no package may reach, directly or through others, back to itself.
 */
class PackageDependenciesTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.unkg(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Set<String> FACT_KIND_MAY_USE = Set.of("org.unkg.extract.core", "org.unkg.extract.rules",
            "org.unkg.extract.date", "org.unkg.model", "org.unkg.text");

    /** Package → the other unkg packages it uses. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    /** Package → its source files' text. */
    private static final Map<String, List<String>> SOURCES = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher p = PACKAGE.matcher(source);
                assertThat(p.find()).as("package declaration of %s", file).isTrue();
                String pkg = p.group(1);
                SOURCES.computeIfAbsent(pkg, k -> new ArrayList<>()).add(source);
                Set<String> uses = USES.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher r = REFERENCE.matcher(source);
                while (r.find()) {
                    if (!r.group(1).equals(pkg)) {
                        uses.add(r.group(1));
                    }
                }
            }
        }
        assertThat(USES).as("packages under %s", MAIN).containsKeys("org.unkg.model", "org.unkg.extract.core");
    }

    @Test
    void noPackageReachesBackToItself() {
        List<List<String>> cycles = stronglyConnected().stream().filter(c -> c.size() > 1).toList();
        assertThat(cycles).as("package cycles (each group uses itself through the others)").isEmpty();
    }

    @Test
    void theModelUsesNoOtherPackage() {
        assertThat(USES.get("org.unkg.model")).isEmpty();
    }

    @Test
    void textUsesNothingAboveIt() {
        assertThat(USES.get("org.unkg.text")).isSubsetOf("org.unkg.model");
    }

    @Test
    void theCatalogHoldsReferenceDataAndUsesNoExtraction() {
        assertThat(USES.get("org.unkg.catalog")).isSubsetOf("org.unkg.model", "org.unkg.text");
    }

    @Test
    void factKindPackagesUseOnlyTheCoreRulesDatesModelAndText() {
        Map<String, Set<String>> offending = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : USES.entrySet()) {
            String pkg = e.getKey();
            if (pkg.startsWith("org.unkg.extract.") && !FACT_KIND_MAY_USE.contains(pkg)) {
                Set<String> extra = new TreeSet<>(e.getValue());
                extra.removeAll(FACT_KIND_MAY_USE);
                if (!extra.isEmpty()) {
                    offending.put(pkg, extra);
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void graphAndExportReadFactsFromTheModelNotFromExtraction() {
        for (String pkg : List.of("org.unkg.graph", "org.unkg.export", "org.unkg.export.timeline")) {
            assertThat(USES.get(pkg)).as(pkg).noneMatch(u -> u.startsWith("org.unkg.extract"));
        }
    }

    @Test
    void extractionCatalogAndTextKeepNoStaticMutableState() {
        // a volatile or non-final static field, or a static collection made with new (a cache filled later)
        Pattern mutable = Pattern.compile("static\\s+volatile\\b"
                + "|static\\s+(?!final\\b|class\\b|record\\b|enum\\b|interface\\b)[\\w.<>, ?\\[\\]]+\\s+\\w+\\s*(?:=[^;(]*)?;"
                + "|static\\s+final\\s+[\\w.]*(?:Map|Set|List|Collection|Deque|Queue)<[^;(){}=]*>\\s+\\w+\\s*=\\s*new\\b");
        Map<String, List<String>> found = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : SOURCES.entrySet()) {
            String pkg = e.getKey();
            if (!(pkg.startsWith("org.unkg.extract") || pkg.equals("org.unkg.catalog") || pkg.equals("org.unkg.text"))) {
                continue;
            }
            for (String source : e.getValue()) {
                Matcher m = mutable.matcher(source);
                while (m.find()) {
                    found.computeIfAbsent(pkg, k -> new ArrayList<>()).add(m.group());
                }
            }
        }
        assertThat(found).as("static fields that hold state between letters").isEmpty();
    }

    /** Tarjan's strongly connected components of the package graph. */
    private static List<List<String>> stronglyConnected() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : USES.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : USES.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
