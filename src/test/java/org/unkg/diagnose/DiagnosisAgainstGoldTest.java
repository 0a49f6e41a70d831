package org.unkg.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.extract.Pipelines;

/**
 * Issue 10's acceptance of the diagnose report: on the seeds and the dev letters it reports no gap in a fact kind the
 * gold lists for that letter (a letter whose gold has a date is never "no-date"). Skips when {@code ../shared} is absent.
 */
class DiagnosisAgainstGoldTest {
    /** Gap code → the gold field whose presence says the fact is there to be read. */
    private static final Map<String, String> FIELD = Map.of("no-date", "date", "no-symbol", "symbol", "no-issued", "issued",
            "no-sender", "sender", "no-recipient", "recipient", "no-signatory", "signatory",
            "representative-without-state", "state", "event-subject-unresolved", "events",
            "task-list-without-owner", "mandates");

    @ParameterizedTest
    @CsvSource({"data/letters, ../shared/gold/seeds", "../shared/letters-dev, ../shared/gold/letters-dev",
            "../shared/letters-en, ../shared/gold/letters-en"})
    void noGapInAFactKindTheGoldLists(String letters, String gold) throws Exception {
        assumeTrue(Files.isDirectory(Path.of(letters)) && Files.isDirectory(Path.of(gold)), letters + " or " + gold + " absent");
        DiagnosisReport diagnosis = new DiagnosisReport(Pipelines.over(Pipelines.PROJECT_CATALOG));
        List<LetterDiagnosis> report = diagnosis.diagnose(diagnosis.letters(Path.of(letters), false), 1);
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        for (LetterDiagnosis d : report) {
            Path file = Path.of(gold, d.letter().replaceAll("\\.txt$", ".json"));
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode g = json.readTree(file.toFile());
            for (LetterDiagnosis.Gap gap : d.gaps()) {
                String field = FIELD.get(gap.code());
                if (field == null) {
                    if (gap.code().equals("unreadable") || gap.code().equals("unknown-layout") || gap.code().equals("extractor-failed")) {
                        wrong.add(d.letter() + ": " + gap.code());
                    }
                    continue;
                }
                boolean listed = field.equals("state")
                        ? g.path("sender").has("state") || g.path("recipient").has("state")
                        : g.hasNonNull(field) && !(g.get(field).isArray() && g.get(field).isEmpty());
                if (listed) {
                    wrong.add(d.letter() + ": " + gap.code() + " " + gap.detail());
                }
            }
        }
        assertThat(wrong).as("gaps in fact kinds the gold lists").isEmpty();
        assertThat(report).isNotEmpty();
    }
}
