package org.unkg.extract.core;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;
import org.unkg.text.LanguageProfile;
import org.unkg.text.WordStructure;

/**
 * The words body names are compared by: head nouns ({@code data/rules/LANG/body-words.tsv}: office, centre,
 * مكتب, ...) and words that tell no name from another ({@code body-words.tsv}). Words are compared in a
 * normal form: folded, hyphens dropped, Arabic clitics and article stripped.
 */
public final class BodyWords {
    private final Set<String> heads = new HashSet<>();
    private final Set<String> parts = new HashSet<>();
    private final Set<String> stop = new HashSet<>();
    private final Set<String> location = new HashSet<>();
    private final Set<String> generic = new HashSet<>();
    private final Set<String> purpose = new HashSet<>();
    private final java.util.Map<String, java.util.Map<String, String>> headClasses = new java.util.HashMap<>();
    /** The word structures of the languages that have one, by script. */
    private final java.util.Map<Character.UnicodeScript, WordStructure> structures = new java.util.HashMap<>();

    /**
     * The words of every language's {@code body-words.tsv} in {@code rules}, compared in the normal form the word
     * structures of {@code profiles} give.
     */
    public BodyWords(RuleFiles rules, java.util.List<LanguageProfile> profiles) {
        for (LanguageProfile p : profiles) {
            if (!p.words().isEmpty()) {
                structures.putIfAbsent(Character.UnicodeScript.forName(p.script()), p.words());
            }
        }
        for (String language : rules.languages()) {
            for (String[] row : rules.language(language, "body-words.tsv")) {
                switch (row[0]) {
                    case "head" -> {
                        heads.add(normal(row[1]));
                        if (row.length >= 3) {
                            headClasses.computeIfAbsent(language, k -> new java.util.HashMap<>())
                                    .putIfAbsent(normal(row[1]), row[2]);
                        }
                    }
                    case "stop" -> stop.add(FoldedText.fold(row[1]));
                    case "part" -> parts.add(normal(row[1]));
                    case "generic" -> generic.add(normal(row[1]));
                    case "purpose" -> purpose.add(FoldedText.fold(row[1]));
                    case "location" -> {
                        stop.add(FoldedText.fold(row[1]));
                        location.add(FoldedText.fold(row[1]));
                    }
                    default -> throw new IllegalArgumentException(language + "/body-words.tsv: unknown kind " + row[0]);
                }
            }
        }
    }

    /** The normal form of a word. */
    public String normal(String word) {
        return normalOfFolded(FoldedText.fold(word));
    }

    /**
     * The normal form of a word already folded: hyphens, apostrophes and spaces dropped, then, for a word of a
     * script whose language has a word structure, a conjunction, then the lam-article or a preposition, then the
     * article read off, each only while three letters remain (two after the article).
     */
    private String normalOfFolded(String folded) {
        String w = folded;
        if (w.indexOf('-') >= 0 || w.indexOf('\'') >= 0 || hasSpace(w)) {
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c != '-' && c != '\'' && !isRegexSpace(c)) {
                    b.append(c);
                }
            }
            w = b.toString();
        }
        if (w.isEmpty()) {
            return w;
        }
        WordStructure s = structures.get(Character.UnicodeScript.of(w.charAt(0)));
        if (s == null) {
            return w;
        }
        w = readOff(w, s.conjunctions(), MIN_REST);
        String lam = s.lamArticle();
        if (lam != null && w.startsWith(lam) && w.length() - lam.length() >= MIN_REST) {
            w = w.substring(lam.length());
        } else {
            w = readOff(w, s.prepositions(), MIN_REST);
        }
        String article = s.article();
        if (article != null && w.startsWith(article) && w.length() - article.length() >= MIN_REST - 1) {
            w = w.substring(article.length());
        }
        return w;
    }

    /** How many letters must remain of a word once a clitic is read off it. */
    private static final int MIN_REST = 3;

    /** {@code w} without the first of {@code clitics} it opens with, when {@code min} letters remain. */
    private static String readOff(String w, java.util.List<String> clitics, int min) {
        for (String c : clitics) {
            if (w.startsWith(c) && w.length() - c.length() >= min) {
                return w.substring(c.length());
            }
        }
        return w;
    }

    private static boolean hasSpace(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (isRegexSpace(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }


    /** Whether a word (as written) tells nothing about which body is meant. */
    public boolean isStop(String word) {
        String folded = FoldedText.fold(word);
        return stop.contains(folded) || stop.contains(normalOfFolded(folded));
    }

    /** Whether a word (as written) says where something is ("in", "في"): what follows it is a place, not a name. */
    public boolean isLocation(String word) {
        return location.contains(FoldedText.fold(word));
    }

    /**
     * The class of body ({@code Office}, {@code Mission}, ...) the head noun {@code normal} (a normal form) names in
     * {@code language}, or null when it is no head noun of that language.
     */
    public String headClass(String normal, String language) {
        java.util.Map<String, String> classes = headClasses.get(language);
        return classes == null ? null : classes.get(normal);
    }

    /**
     * Whether the normal form {@code normal} names a part of a body ({@code part} in {@code body-words.tsv}: "unit",
     * "cell", "liaison"): a body named before it ("a UNOWAS liaison unit") names whose part it is.
     */
    public boolean isPart(String normal) {
        return parts.contains(normal);
    }

    /**
     * Whether the normal form {@code normal} is a generic word of body names ({@code generic} in {@code body-words.tsv}:
     * "ad hoc", "special", "working", "open-ended", "spécial", "especial", "خاص", "специальный"): many bodies' names hold
     * it, so with a head noun alone it names none of them ("an ad hoc committee", "un groupe de travail spécial").
     */
    public boolean isGeneric(String normal) {
        return generic.contains(normal);
    }

    /**
     * Whether the normal forms {@code normals} hold a word that tells one body from another: a word that is neither a
     * head noun nor a generic word (a place, a subject, a name: "on the Indian Ocean", "de la Charte").
     */
    public boolean telling(java.util.Collection<String> normals) {
        for (String w : normals) {
            if (!heads.contains(w) && !generic.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word (as written) is a purpose word without the article ({@code purpose} in {@code body-words.tsv}:
     * "معنية", "مكلفة"): a head noun it qualifies ("لجنة مستقلة معنية بتقصي الحقائق", a committee on ...) is described,
     * not named; the names of bodies write it with the article ("اللجنة المعنية بحقوق الإنسان").
     */
    public boolean isIndefinitePurpose(String word) {
        return purpose.contains(FoldedText.fold(word));
    }

    /** Whether the normal form {@code normal} is a head noun of body names. */
    public boolean isHead(String normal) {
        return heads.contains(normal);
    }

    /** The normal forms of the telling words of {@code text} (worked out once per text, up to {@value #KNOWN_TEXTS}). */
    public Set<String> content(String text) {
        Set<String> known = contents.get(text);
        if (known == null) {
            known = java.util.Collections.unmodifiableSet(contentOf(text));
            if (contents.size() < KNOWN_TEXTS) {
                contents.put(text, known);
            }
        }
        return known;
    }

    private static final int KNOWN_TEXTS = 100_000;
    private final java.util.Map<String, Set<String>> contents = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> contentOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : Word.in(FoldedText.fold(text), 0, Integer.MAX_VALUE)) {
            if (!isStop(w.text())) {
                out.add(normal(w.text()));
            }
        }
        return out;
    }
}
