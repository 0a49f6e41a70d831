package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unkg diagnose} over a directory of letters: a table to scan, CSV and JSON, one unreadable file among them. */
class DiagnoseCommandTest {
    @TempDir
    Path tmp;
    Path letters;

    @BeforeEach
    void letters() throws Exception {
        letters = Files.createDirectories(tmp.resolve("letters"));
        Files.writeString(letters.resolve("complete.txt"), """
                S/2005/323

                United Nations

                Security Council

                Distr.: General
                12 May 2005
                Original: English

                Letter dated 10 May 2005 from the Secretary-General addressed
                to the President of the Security Council
                I have the honour to inform you of my intention.
                (Signed) Kofi A. Annan
                """);
        Files.writeString(letters.resolve("memo.txt"), """
                Note to the file

                The meeting of 3 May was postponed. Further steps will follow.
                """);
        Files.write(letters.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
    }

    @Test
    void theTableListsOnlyLettersWithGapsAndCountsEachCode() throws Exception {
        Path out = tmp.resolve("report.txt");
        CliRun r = CliRun.of("diagnose", "--letters", letters.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(r.exit()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("letter").contains("gaps");
        assertThat(lines).noneMatch(l -> l.startsWith("complete.txt"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("memo.txt").contains("unknown-layout")
                .contains("no-date").contains("no-sender").contains("no-recipient").contains("no-signatory"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("binary.txt").contains("unreadable"));
        assertThat(lines.get(lines.size() - 1)).startsWith("3 letters, 2 with gaps: ").contains("unreadable 1")
                .contains("no-date 1");
    }

    @Test
    void csvHasOneRowPerGapAndAllAddsTheCompleteLetters() throws Exception {
        Path out = tmp.resolve("report.csv");
        CliRun r = CliRun.of("diagnose", "--letters", letters.toString(), "--format", "csv", "--all", "--out", out.toString());
        assertThat(r.exit()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"letter\",\"layout\",\"language\",\"date\",\"symbol\",\"code\"");
        assertThat(csv).contains("\"complete.txt\",\"DISTR_HEADER\",\"en\",\"2005-05-10\",\"S/2005/323\",\"\"");
        assertThat(csv.lines().filter(l -> l.startsWith("\"memo.txt\"")).count()).isGreaterThanOrEqualTo(5);
        assertThat(csv.lines().filter(l -> l.startsWith("\"binary.txt\"")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("\"unreadable\""));
    }

    @Test
    void jsonGivesEachLetterWithItsGaps() throws Exception {
        Path out = tmp.resolve("report.json");
        CliRun r = CliRun.of("diagnose", "--letters", letters.toString(), "--format", "json", "--out", out.toString());
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.isArray()).isTrue();
        assertThat(json).extracting(n -> n.get("letter").asText()).containsExactly("binary.txt", "memo.txt");
        JsonNode memo = json.get(1);
        assertThat(memo.get("gaps")).extracting(g -> g.get("code").asText()).contains("unknown-layout", "no-date");
    }

    @Test
    void codesListsEveryGapCodeWithItsMeaning() {
        CliRun r = CliRun.of("diagnose", "--codes");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("no-date").contains("unknown-layout").contains("recipient-inferred").contains("extractor-failed")
                .contains("event-subject-unresolved").contains("task-list-without-owner");
    }

    @Test
    void lettersAreRequiredWithoutCodes() {
        CliRun r = CliRun.of("diagnose");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--letters");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun r = CliRun.of("diagnose", "--letters", letters.toString(), "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown --format xml").doesNotContain("\tat ");
    }
}
