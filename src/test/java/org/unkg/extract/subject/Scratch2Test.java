package org.unkg.extract.subject;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.unkg.extract.*;
import org.unkg.extract.core.*;
import org.unkg.model.*;

class Scratch2Test {
    @Test
    void print() throws Exception {
        ExtractionContext ctx = Pipelines.withThesaurus().context();
        RankingWeights w = RankingWeights.of(ctx.rules());
        RankingWeights wide = new RankingWeights(w.firstSentence(), w.opening(), w.nested(), w.catalogExact(), w.catalogRelated(), w.catalogVia(), w.catalogSubject(), w.repeat(), w.depth(), w.words(), 40, 0, 3);
        List<Extractor> ex = new ArrayList<>(Extractors.production(ctx));
        ex.set(ex.size() - 1, new SubjectIndexer(ctx, wide));
        ExtractionPipeline p = new ExtractionPipeline(ex, ctx);
        for (String f : System.getProperty("letters", "data/letters/002_2b36bd816cc3531a.txt").split(",")) {
            String text = IndexEvaluation.withoutLine(Files.readString(Path.of(f)));
            LetterFacts facts = p.run(ctx.reader().readText(f, text));
            System.out.println("== " + f);
            for (IndexedSubject s : facts.indexedSubjects()) {
                String ev = s.evidence().stream().map(sp -> text.length() > 0 ? "" : "").findFirst().orElse("");
                System.out.printf("%2d %.3f %s %s%n", s.rank(), s.score(), ctx.concepts().label(s.concept(), "en"), s.evidence());
            }
        }
    }
}
