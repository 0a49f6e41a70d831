package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTimelineCommandTest {
    @TempDir
    static Path tmp;
    static Path db;


    @BeforeAll
    static void buildStore() throws Exception {
        Path letters = Files.createDirectories(tmp.resolve("letters"));
        Files.writeString(letters.resolve("note.txt"), """
                الأمم المتحدة
                رسالة مؤرخة 3 آذار/مارس 2011 موجهة إلى رئيس مجلس الأمن من الأمين العام
                أتشرف بإبلاغكم بأن مكتب الأمم المتحدة لغرب أفريقيا سيواصل عمله.
                """, StandardCharsets.UTF_8);
        db = tmp.resolve("db");
        assertThat(CliRun.of("build", "--letters", letters.toString(), "--db", db.toString()).exit()).isIn(0, 3);
    }

    @Test
    void explainsItselfWithHelp() {
        CliRun r = CliRun.of("export", "timeline", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: unkg export timeline").contains("--entity").contains("--format");
    }

    @Test
    void anUnknownEntityKeyIsAUserErrorListingCloseMatchesWithoutAStackTrace() {
        Path out = tmp.resolve("t.csv");
        CliRun r = CliRun.of("export", "timeline", "--db", db.toString(), "--entity", "UNTOPP", "--format", "csv", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown entity key 'UNTOPP'").contains("UNTOP").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMalformedDateOrFormatIsAUserError() {
        CliRun r = CliRun.of("export", "timeline", "--db", db.toString(), "--from", "May 2005", "--out", tmp.resolve("x.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--from 'May 2005' is not a date");
        CliRun f = CliRun.of("export", "timeline", "--db", db.toString(), "--format", "xlsx", "--out", tmp.resolve("x.xlsx").toString());
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).contains("unknown timeline format 'xlsx'").contains("timelinejs");
    }

    @Test
    void writesEachFormatToTheOutFile() throws Exception {
        for (String format : List.of("csv", "json", "timelinejs", "html")) {
            Path out = tmp.resolve("sub").resolve("timeline." + format);
            CliRun r = CliRun.of("export", "timeline", "--db", db.toString(), "--format", format, "--from", "2000", "--lang", "ar",
                    "--out", out.toString());
            assertThat(r.exit()).as(format + ": " + r.err()).isZero();
            assertThat(Files.size(out)).as(format).isPositive();
        }
        assertThat(Files.readAllBytes(tmp.resolve("sub/timeline.csv"))).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }
}
