package org.unkg.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words of a natural language that extraction reads by are rule data ({@code data/rules/LANG/...}), never Java
 * literals, so that a new language is a folder of rule files. Read from the sources of {@code org.unkg.extract}
 * (comments left out, Java's {@code \\uXXXX} escapes read): no string or character literal holds an Arabic letter
 * (Arabic punctuation is punctuation); no literal is a regular expression choosing between words ({@code
 * "(?:of|du|المؤرخ)"}, {@code "(?:st|nd|rd|th)?"}, {@code "qu|Qu"}); no run of two or more literals (a {@code
 * Set.of}, an array) lists words that are not the kinds of the rule files ({@code Set.of("and", "et")},
 * {@code Set.of("mr.", "dr.")}), nor a stop word of a language on its own in such a run.
 */
class LanguageWordsInRulesTest {
    private static final Path EXTRACT = Path.of("src", "main", "java", "org", "unkg", "extract");
    private static final Path RULES = Path.of("data", "rules");
    /** Two words a regular expression chooses between: "of|du", "(?:st|nd", "qu|Qu" (not "RES|PRST": symbols). */
    private static final Pattern WORD_CHOICE = Pattern.compile(
            "(?<![\\\\{\\p{L}])(\\p{L}[\\p{L}' ]*)\\|(\\p{L}[\\p{L}' ]*)(?![\\p{L}}])");
    /** A literal that is one word as letters write it: "and", "d'", "mr.". */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*\\.?");

    /** The first column of every rule file: the kinds rules are read by ("title", "establishment", ...). */
    private static final Set<String> KINDS = new HashSet<>();
    /** The stop words of every language ({@code LANG/stopwords.txt}). */
    private static final Set<String> STOP_WORDS = new HashSet<>();

    @BeforeAll
    static void readRules() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String first = line.split("\t")[0].strip();
                    if (file.getFileName().toString().equals("stopwords.txt")) {
                        STOP_WORDS.add(first.toLowerCase(Locale.ROOT));
                    } else {
                        KINDS.add(first);
                    }
                }
            }
        }
        assertThat(STOP_WORDS).as("stop words of data/rules/*/stopwords.txt").contains("the", "and", "et");
    }

    @Test
    void extractionCodeHoldsNoWordOfALanguage() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXTRACT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String problem : languageWords(Files.readString(file, StandardCharsets.UTF_8))) {
                    found.add(EXTRACT.relativize(file) + ": " + problem);
                }
            }
        }
        assertThat(found).as("language words in Java under %s (they belong in data/rules/LANG/...)", EXTRACT).isEmpty();
    }

    @Test
    void theCheckFindsTheFormsLanguageWordsTookInCode() {
        // each line is how words of a language once stood in extraction code
        assertThat(languageWords("Pattern CLITIC = Pattern.compile(\"^(?:[وفبك]ال|لل)\");")).isNotEmpty();
        assertThat(languageWords("if (\"وفبل\".indexOf(c) >= 0) { }")).isNotEmpty();
        assertThat(languageWords("char c = '\\u0648';")).isNotEmpty();
        assertThat(languageWords("Pattern.compile(\"(?iu)(?:of|dated|adopted on|du|en date du)(?![\\\\p{L}])\");")).isNotEmpty();
        assertThat(languageWords("Pattern.compile(\"(\\\\d{1,2})(?:er|st|nd|rd|th)?\");")).isNotEmpty();
        assertThat(languageWords("Pattern.compile(\"^([lLdD]|qu|Qu|[jnmts])['’](?=\\\\p{L})\");")).isNotEmpty();
        assertThat(languageWords("rest.replaceAll(\"[\\\\s,;\\\\-]|and|et\", \"\");")).isNotEmpty();
        assertThat(languageWords("Set<String> joins = Set.of(\"and\", \"et\", \"y\", \"e\");")).isNotEmpty();
        assertThat(languageWords("Set.of(\"mr.\", \"mrs.\", \"ms.\", \"dr.\")")).isNotEmpty();
        assertThat(languageWords("Set.of(\"d'\", \"de\", \"of\")")).isNotEmpty();
    }

    @Test
    void theCheckLeavesKindsPunctuationAndPatternsOfShapeAlone() {
        assertThat(languageWords("// the words \"and\", \"et\" in a comment\nint x = 1;")).isEmpty();
        assertThat(languageWords("/** \"المؤرخ\" in Javadoc */ int x = 1;")).isEmpty();
        assertThat(languageWords("Pattern.compile(\"[,;\\u060C\\u061B]\");")).isEmpty();
        assertThat(languageWords("Set.of(\"establishment\", \"extension\", \"closure\")")).isEmpty();
        assertThat(languageWords("Pattern.compile(\"/(?:RES|PRST)/|/PV\\\\.\");")).isEmpty();
        assertThat(languageWords("Pattern.compile(\"[\\\\p{L}\\\\p{M}]+|\\\\p{Lu}\\\\.\");")).isEmpty();
        assertThat(languageWords("if (row[0].equals(\"to\")) { }")).isEmpty();
    }

    /** What in {@code source} is a word of a language: one line per literal or run of literals. */
    static List<String> languageWords(String source) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (Literal literal : literals(source)) {
            if (!literal.followsLiteral()) {
                checkRun(run, out);
                run.clear();
            }
            if (literal.string()) {
                run.add(literal.text());
            }
            if (literal.text().codePoints().anyMatch(LanguageWordsInRulesTest::arabicLetter)) {
                out.add("Arabic letters in literal \"" + literal.text() + "\"");
            }
            Matcher choice = WORD_CHOICE.matcher(literal.text());
            if (choice.find() && (lowerCase(choice.group(1)) || lowerCase(choice.group(2)))) {
                out.add("a choice of words in literal \"" + literal.text() + "\"");
            }
        }
        checkRun(run, out);
        return out;
    }

    /** A run of two or more string literals (a collection or array of them) that lists words. */
    private static void checkRun(List<String> run, List<String> out) {
        if (run.size() < 2) {
            return;
        }
        for (String s : run) {
            if (STOP_WORDS.contains(s.toLowerCase(Locale.ROOT))
                    || WORD.matcher(s).matches() && lowerCase(s) && !KINDS.contains(s)) {
                out.add("a list of words " + run);
                return;
            }
        }
    }

    private static boolean lowerCase(String s) {
        return s.codePoints().anyMatch(Character::isLowerCase);
    }

    private static boolean arabicLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /**
     * A string or character literal, its Java escapes read; {@code followsLiteral} when only a comma and white space
     * stand between it and the literal before.
     */
    record Literal(String text, boolean string, boolean followsLiteral) {}

    /** The string and character literals of Java source, comments skipped. */
    static List<Literal> literals(String source) {
        String s = unicodeEscapes(source);
        List<Literal> out = new ArrayList<>();
        int lastEnd = -1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                out.add(new Literal(s.substring(i + 3, end), true, false));
                i = end + 3;
                lastEnd = i;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (s.charAt(j) != c) {
                    if (s.charAt(j) == '\\') {
                        j++;
                        char e = s.charAt(j);
                        text.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> e;
                        });
                    } else {
                        text.append(s.charAt(j));
                    }
                    j++;
                }
                boolean follows = lastEnd >= 0 && s.substring(lastEnd, i).matches("\\s*,\\s*");
                out.add(new Literal(text.toString(), c == '"', follows));
                i = j + 1;
                lastEnd = i;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Java's {@code \\uXXXX} escapes read (those after an odd number of backslashes, as the compiler does). */
    private static String unicodeEscapes(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '\\') {
                out.append("\\\\");
                i += 2;
            } else if (c == '\\' && i + 5 < source.length() && source.charAt(i + 1) == 'u'
                    && source.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                out.append((char) Integer.parseInt(source.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
