package org.unkg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.unkg.extract.Extractors;
import org.unkg.extract.core.ConceptIndex;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.subject.IndexEvaluation;
import org.unkg.text.LetterReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unkg benchmark subjects}: the subject indexer measured against cataloguers. Every letter that carries a
 * {@code %%%} line is indexed with the line hidden; the indexer's first 5 and 10 concepts are compared with the
 * line's concepts (precision, recall, and whether at least half the line is in the first 10).
 */
@Command(name = "subjects", mixinStandardHelpOptions = true,
        description = {"Index every letter that carries a %%%%%% line with the line hidden and compare the indexer's first 5 and 10",
                "concepts with the line's: per letter and pooled (micro-averaged) precision and recall; letters without a line are skipped.",
                "--list prints each letter's ranked concepts with + for those the line has."})
final class SubjectBenchmarkCommand implements Callable<Integer> {
    @Option(names = "--letters", required = true, paramLabel = "DIR", description = "Directory of text letters (repeatable).")
    List<Path> letters;

    @Option(names = "--list", description = "Also print each letter's ranked concepts.")
    boolean list;

    @Mixin
    ProjectPaths paths;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter out = spec.commandLine().getOut();
        try {
            return run(out);
        } finally {
            out.flush();
        }
    }

    private int run(java.io.PrintWriter out) throws Exception {
        ExtractionContext context = paths.context();
        IndexEvaluation evaluation = new IndexEvaluation(Extractors.pipeline(context));
        ConceptIndex concepts = context.concepts();
        List<IndexEvaluation.Letter> scored = new ArrayList<>();
        for (Path dir : letters) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("letters directory not found: " + dir);
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                try {
                    IndexEvaluation.Letter l = evaluation.letter(f.getFileName().toString(),
                            Files.readString(f, StandardCharsets.UTF_8));
                    if (l != null) {
                        scored.add(l);
                    }
                } catch (LetterReadException | java.nio.charset.MalformedInputException e) {
                    spec.commandLine().getErr().println("skipped " + f + ": " + e.getMessage());
                }
            }
        }
        if (scored.isEmpty()) {
            out.println("no letter carries a %%% line");
            return 0;
        }
        out.println("| letter | line concepts | in first 5 | in first 10 | half in first 10 |");
        out.println("|---|---|---|---|---|");
        int half = 0;
        for (IndexEvaluation.Letter l : scored) {
            boolean ok = 2 * l.hits(10) >= l.reference().size();
            half += ok ? 1 : 0;
            out.printf("| %s | %d%s | %d | %d | %s |%n", l.source(), l.reference().size(),
                    l.unlinked().isEmpty() ? "" : " (+" + l.unlinked().size() + " not in the thesaurus)", l.hits(5), l.hits(10), ok ? "yes" : "no");
        }
        for (int k : new int[] {5, 10}) {
            IndexEvaluation.Summary s = IndexEvaluation.summary(scored, k);
            out.printf("first %d: precision %.2f (%d of %d given), recall %.2f (%d of %d line concepts)%n",
                    k, s.precision(), s.hits(), s.given(), s.recall(), s.hits(), s.reference());
        }
        out.printf("letters with at least half their line in the first 10: %d of %d%n", half, scored.size());
        if (list) {
            for (IndexEvaluation.Letter l : scored) {
                out.println();
                out.println(l.source() + ":");
                for (int i = 0; i < l.indexed().size(); i++) {
                    String c = l.indexed().get(i);
                    out.printf("  %2d %s %s%n", i + 1, l.reference().contains(c) ? "+" : " ", concepts.label(c, "en"));
                }
                for (String r : l.reference()) {
                    if (!l.indexed().contains(r)) {
                        out.println("     missed: " + concepts.label(r, "en"));
                    }
                }
            }
        }
        return 0;
    }
}
