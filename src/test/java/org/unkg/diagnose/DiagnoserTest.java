package org.unkg.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Extractors;
import org.unkg.extract.Pipelines;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.ExtractionPipeline;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.model.Diagnostic;
import org.unkg.model.LetterFacts;
import org.unkg.model.Span;
import org.unkg.text.LetterText;

class DiagnoserTest {
    private static List<String> codes(LetterDiagnosis d) {
        return d.gaps().stream().map(LetterDiagnosis.Gap::code).toList();
    }

    private static LetterDiagnosis diagnose(ExtractionPipeline pipeline, String name, String text) throws Exception {
        LetterText letter = Pipelines.read(name, text);
        return new Diagnoser().diagnose(letter, pipeline.run(letter));
    }

    @Test
    void whatAnExtractorCouldNotReadIsListedWithItsWords() throws Exception {
        ExtractionContext context = Pipelines.project();
        Extractor unresolved = new Extractor() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public void extract(LetterAnalysis letter, LetterFacts out) {
                int at = letter.body().indexOf("the Office");
                out.add(new Diagnostic("example-gap", "establishment of an office not in the catalog",
                        new Span(at, at + "the Office".length())));
            }
        };
        List<Extractor> line = new ArrayList<>(Extractors.production(context));
        line.add(unresolved);
        LetterDiagnosis d = diagnose(new ExtractionPipeline(line, context), "en.txt", """
                Letter dated 3 May 2010 from the Secretary-General addressed to the President of the Security Council
                I intend to establish the Office on 1 June 2010.
                (Signed) Ban Ki-moon
                """);
        assertThat(d.gaps()).filteredOn(g -> g.code().equals("example-gap")).singleElement()
                .satisfies(g -> {
                    assertThat(g.words()).isEqualTo("the Office");
                    assertThat(g.detail()).isEqualTo("establishment of an office not in the catalog");
                });
    }

    @Test
    void aCompleteLetterHasNoGapsAndARecordIsNotAskedForASymbol() throws Exception {
        ExtractionPipeline pipeline = Pipelines.over(Pipelines.PROJECT_CATALOG);
        LetterDiagnosis record = diagnose(pipeline, "ar.txt", "%%%PEACEBUILDING|\n\nرسالة مؤرخة 26 أيار/مايو 2000 موجهة من الأمين"
                + " العام إلى رئيس مجلس الأمن أتشرف بالإشارة إلى تقريري. (توقيع) كوفي عنان");
        assertThat(codes(record)).isEmpty();
        assertThat(record.date()).isEqualTo("2000-05-26");
    }

    @Test
    void aRepresentativeWhoseStateIsNotReadIsAGap() throws Exception {
        LetterDiagnosis d = diagnose(Pipelines.over(Pipelines.PROJECT_CATALOG), "fr.txt", """
                Lettre datée du 3 mai 2010, adressée au Président du Conseil de sécurité par le Représentant permanent
                J'ai l'honneur de vous informer.
                (Signé) Jean Dupont
                """);
        assertThat(codes(d)).contains("representative-without-state", "no-symbol").doesNotContain("no-date", "no-sender");
    }
}
