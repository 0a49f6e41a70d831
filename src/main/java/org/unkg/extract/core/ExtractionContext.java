package org.unkg.extract.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.unkg.catalog.Catalog;
import org.unkg.extract.date.DateFinder;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.LetterReader;
import org.unkg.text.Lexicon;

/**
 * Everything extraction reads besides the letter, built once from explicit paths and shared by every letter and
 * thread: the catalog, the gazetteer over it, the organizations' index ({@link BodyCatalog}), the rule files, the
 * date and period finders, and each language's compiled core rules; and the letter reader whose repair of
 * visual-order Arabic text knows the catalog's Arabic words. Immutable and thread-safe: nothing in it changes after
 * construction, and extractors build their own compiled rules from it once, when the pipeline is made.
 */
public final class ExtractionContext {
    private final Catalog catalog;
    private final RuleFiles rules;
    private final Gazetteer gazetteer;
    private final BodyWords bodyWords;
    private final BodyCatalog bodies;
    private final DateFinder dates;
    private final PeriodFinder periods;
    private final Map<String, LanguageRules> languages;
    private final LanguageRules none;
    private final Map<String, Set<String>> notSubjects;
    private final Lexicon lexicon;
    private final Map<String, Set<String>> listJoiners;

    private ExtractionContext(Catalog catalog, RuleFiles rules) {
        this.catalog = catalog;
        this.rules = rules;
        // names are matched in every form the language writes them, not only as the catalog lists them
        org.apache.jena.rdf.model.Model names = LabelForms.matchingView(catalog.model(), rules);
        this.gazetteer = Gazetteer.build(names, rules);
        this.bodyWords = new BodyWords(rules);
        this.bodies = new BodyCatalog(names, bodyWords);
        this.dates = DateFinder.load(rules);
        this.periods = PeriodFinder.load(rules, dates);
        Map<String, LanguageRules> byLanguage = new HashMap<>();
        for (String language : languagesOf(rules)) {
            byLanguage.put(language, LanguageRules.load(language, rules));
        }
        this.languages = Map.copyOf(byLanguage);
        this.none = LanguageRules.load("", rules);
        Map<String, Set<String>> exempt = new HashMap<>();
        for (String[] row : rules.rows("events/not-subjects.tsv")) {
            if (row.length >= 2) {
                exempt.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
            }
        }
        exempt.replaceAll((k, v) -> Set.copyOf(v));
        this.notSubjects = Map.copyOf(exempt);
        Map<String, Set<String>> joiners = new HashMap<>();
        for (String[] row : rules.rowsIfPresent("events/list-joiners.tsv")) {
            if (row.length >= 2) {
                joiners.computeIfAbsent(row[0], k -> new HashSet<>()).add(org.unkg.text.FoldedText.fold(row[1]));
            }
        }
        joiners.replaceAll((k, v) -> Set.copyOf(v));
        this.listJoiners = Map.copyOf(joiners);
        this.lexicon = Lexicon.of(catalog.arabicLabels());
    }

    /** The context of a catalog and the rules of a rules directory. */
    public static ExtractionContext of(Catalog catalog, RuleFiles rules) {
        return new ExtractionContext(catalog, rules);
    }

    /** The context of the catalog in {@code catalogDir} and the rules in {@code rulesDir}. */
    public static ExtractionContext load(Path catalogDir, Path rulesDir) throws IOException {
        return new ExtractionContext(Catalog.load(catalogDir), RuleFiles.load(rulesDir));
    }

    /** The languages with event triggers ({@code events/{lang}.tsv}). */
    private static Set<String> languagesOf(RuleFiles rules) {
        Set<String> out = new TreeSet<>();
        for (String name : rules.names("events")) {
            String file = name.substring("events/".length());
            if (file.matches("[a-z]{2,3}\\.tsv")) {
                out.add(file.substring(0, file.length() - 4));
            }
        }
        return out;
    }

    public Catalog catalog() { return catalog; }

    /** The rule files, read once. */
    public RuleFiles rules() { return rules; }

    /** The name matcher over the catalog. */
    public Gazetteer gazetteer() { return gazetteer; }

    /** The catalog's organizations as body rules see them. */
    public BodyCatalog bodies() { return bodies; }

    /** The words body names are compared by. */
    public BodyWords bodyWords() { return bodyWords; }

    /** The date finder over the month names and year cues. */
    public DateFinder dates() { return dates; }

    /** The period finder. */
    public PeriodFinder periods() { return periods; }

    /** The core rules of {@code language} (none for a language without rule files). */
    public LanguageRules language(String language) {
        LanguageRules r = languages.get(language);
        return r != null ? r : none;
    }

    /** Classes of bodies passed over as the subject of an event or relation type ({@code events/not-subjects.tsv}). */
    public Map<String, Set<String>> notSubjects() { return notSubjects; }

    /**
     * The words that join the names of a list in {@code language} besides commas ({@code events/list-joiners.tsv}: "and",
     * "و"), folded; none for a language without them.
     */
    public Set<String> listJoiners(String language) {
        return listJoiners.getOrDefault(language, Set.of());
    }

    /** A letter reader whose visual-order repair knows the catalog's Arabic words (readers are cheap; the lexicon is shared). */
    public LetterReader reader() {
        return new LetterReader(lexicon);
    }
}
