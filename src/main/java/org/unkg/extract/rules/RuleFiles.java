package org.unkg.extract.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rule files of one rules directory ({@code data/rules/} or the copy the jar carries), read once when the
 * extraction context is built: every file under the directory, by its path relative to it. Rules are laid out by
 * language: {@code common/} holds what no language owns (catalog classes, document series, list markers, page
 * furniture); each language has a folder named by its ISO 639-1 code ({@code ar/}, {@code en/}, {@code fr/},
 * {@code es/}) with its {@code profile.tsv} and, under the same file names in every folder, its rules of each kind
 * ({@code events.tsv}, {@code months.tsv}, {@code roles.tsv}, ...), so that a new language is a new folder.
 * Immutable.
 *
 * <p>Rule files are UTF-8 text; blank lines and lines starting with {@code #} are comments; TSV files hold
 * tab-separated columns.
 */
public final class RuleFiles {
    private final Path dir;
    private final Map<String, List<String[]>> files;

    private RuleFiles(Path dir, Map<String, List<String[]>> files) {
        this.dir = dir;
        this.files = files;
    }

    /** Reads every rule file under {@code dir}; a missing directory is an error naming it. */
    public static RuleFiles load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("rules directory not found: " + dir);
        }
        Map<String, List<String[]>> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                files.put(name, Collections.unmodifiableList(read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules directory " + dir, e);
        }
        return new RuleFiles(dir, Collections.unmodifiableMap(files));
    }

    /** The languages: the folders holding a {@code profile.tsv}, by code. */
    public List<String> languages() {
        return files.keySet().stream().filter(n -> n.endsWith("/profile.tsv") && n.indexOf('/') == n.length() - "/profile.tsv".length())
                .map(n -> n.substring(0, n.indexOf('/'))).sorted().toList();
    }

    /** The rows of the rule file {@code name} of {@code common/}; a missing file is an error naming it. */
    public List<String[]> common(String name) {
        return rows("common/" + name);
    }

    /** The rows of the rule file {@code name} of a language's folder, or none when it has no such file. */
    public List<String[]> language(String language, String name) {
        return rowsIfPresent(language + "/" + name);
    }

    /**
     * The rows of the rule file {@code name} of every language, one language after the other (by code): for rules
     * that apply whatever the letter's language (header words, roles, months).
     */
    public List<String[]> everyLanguage(String name) {
        List<String[]> out = new ArrayList<>();
        for (String language : languages()) {
            out.addAll(language(language, name));
        }
        return out;
    }

    /** The directory the rules were read from. */
    public Path dir() {
        return dir;
    }

    /** Whether the directory holds the file {@code name} (a path relative to it). */
    public boolean has(String name) {
        return files.containsKey(name);
    }

    /** The names of the files under {@code folder} (relative to the rules directory), sorted. */
    public List<String> names(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return files.keySet().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    /** The rows of the rule file {@code name}, each split on tabs and trimmed; a missing file is an error naming it. */
    public List<String[]> rows(String name) {
        List<String[]> rows = files.get(name);
        if (rows == null) {
            throw new IllegalArgumentException("rule file not found: " + dir.resolve(name));
        }
        return rows;
    }

    /** The rows of {@code name}, or none when the directory has no such file. */
    public List<String[]> rowsIfPresent(String name) {
        return files.getOrDefault(name, List.of());
    }

    /** The rows of a TSV rule file, each split on tabs and trimmed; comments and blank lines skipped. */
    public static List<String[]> read(Path file) {
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
