package org.unkg.extract.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads the extraction rule files under {@code data/rules/}. The directory is the system
 * property {@code unkg.rules.dir} when set, else {@code data/rules} under {@code unkg.project.dir}, else
 * {@code data/rules} under the working directory when it exists, else the rules the jar carries.
 *
 * <p>Rule files are UTF-8 text; blank lines and lines starting with {@code #} are comments; TSV files
 * hold tab-separated columns.
 */
public final class RuleFiles {
    private RuleFiles() {}

    /** The rules directory in use. */
    public static Path dir() {
        String explicit = System.getProperty("unkg.rules.dir");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String project = System.getProperty("unkg.project.dir");
        if (project != null && !project.isBlank()) {
            return Path.of(project, "data", "rules");
        }
        return org.unkg.catalog.BundledData.dir(Path.of("data", "rules"), "rules");
    }

    /** The rows of {@code name} in the rules directory, each split on tabs and trimmed. */
    public static List<String[]> rows(String name) {
        return rows(dir().resolve(name));
    }

    /** The rows of a TSV rule file, each split on tabs and trimmed; comments and blank lines skipped. */
    public static List<String[]> rows(Path file) {
        List<String[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
        return rows;
    }
}
