package org.unkg.extract.subject;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.unkg.extract.*;
import org.unkg.extract.core.*;
import org.unkg.model.*;
import org.unkg.text.*;

class Scratch3Test {
    @Test
    void time() throws Exception {
        ExtractionPipeline p = Pipelines.withThesaurus();
        ExtractionContext ctx = p.context();
        List<LetterText> letters = new ArrayList<>();
        for (String d : new String[] {"data/letters", "../shared/letters-dev", "src/test/resources/org/unkg/extract/subject/letters"}) {
            try (var s = Files.list(Path.of(d))) { for (Path f : s.sorted().toList()) letters.add(ctx.reader().readText(f.getFileName().toString(), Files.readString(f))); }
        }
        List<LetterAnalysis> an = new ArrayList<>();
        for (LetterText t : letters) an.add(LetterAnalysis.of(t, ctx));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int hits = 0;
            for (int i = 0; i < 20; i++) for (LetterAnalysis a : an) hits += ctx.concepts().find(a.text(), a.language()).size();
            long t1 = System.nanoTime();
            System.out.printf("find: %.3f ms/letter (%d hits)%n", (t1 - t0) / 1e6 / (20 * an.size()), hits / 20);
            List<LetterFacts> facts = new ArrayList<>();
            for (LetterText t : letters) facts.add(Pipelines.withThesaurus().run(t));
            SubjectIndexer idx = new SubjectIndexer(ctx);
            long t2 = System.nanoTime();
            for (int i = 0; i < 100; i++) for (int j = 0; j < an.size(); j++) {
                LetterFacts f = facts.get(j);
                LetterFacts copy = new LetterFacts();
                f.mentions().forEach(copy::add); f.parties().forEach(copy::add); f.signatories().forEach(copy::add); f.subjects().forEach(copy::add); f.events().forEach(copy::add);
                idx.extract(an.get(j), copy);
            }
            long t3 = System.nanoTime();
            System.out.printf("indexer: %.3f ms/letter%n", (t3 - t2) / 1e6 / (20 * an.size()));
            long t4 = System.nanoTime();
            for (LetterText t : letters) Pipelines.withThesaurus().run(t);
            System.out.printf("pipeline: %.3f ms/letter%n", (System.nanoTime() - t4) / 1e6 / letters.size());
        }
        System.out.println(letters.size() + " letters, avg chars " + letters.stream().mapToInt(l -> l.body().length()).average().getAsDouble());
    }
}
