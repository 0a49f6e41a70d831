package org.unkg.extract.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.catalog.Catalog;
import org.unkg.catalog.Thesaurus;
import org.unkg.extract.date.DateFinder;
import org.unkg.extract.date.PeriodFinder;
import org.unkg.extract.rules.LanguageProfiles;
import org.unkg.extract.rules.PhrasePattern;
import org.unkg.extract.rules.RoleWords;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.LanguageProfile;
import org.unkg.text.LetterReader;
import org.unkg.text.Lexicon;
import org.unkg.text.PageFurniture;
import org.unkg.text.WordStructure;

/**
 * Everything extraction reads besides the letter, built once from explicit paths and shared by every letter and
 * thread: the catalog, the gazetteer over it, the organizations' index ({@link BodyCatalog}), the rule files, the
 * language profiles, the date and period finders, each language's compiled core rules, the UNBIS Thesaurus's labels as
 * the subject indexer finds them ({@link ConceptIndex}) with the catalog's links to its concepts ({@link ConceptLinks});
 * and the letter reader (language detection by the profiles, visual-order repair with the general Arabic word list and
 * the catalog's Arabic words). Immutable and thread-safe: nothing in it changes after
 * construction, and extractors build their own compiled rules from it once, when the pipeline is made.
 */
public final class ExtractionContext {
    private final Catalog catalog;
    private final RuleFiles rules;
    private final Gazetteer gazetteer;
    private final BodyLifetimes lifetimes;
    private final BodyWords bodyWords;
    private final BodyCatalog bodies;
    private final DateFinder dates;
    private final PeriodFinder periods;
    private final RoleWords roleWords;
    private final Map<String, LanguageRules> languages;
    private final LanguageRules none;
    private final Map<String, Set<String>> notSubjects;
    private final List<LanguageProfile> profiles;
    private final PhrasePattern phrases;
    private final LetterReader reader;
    private final Thesaurus thesaurus;
    private final ConceptIndex concepts;
    private final ConceptLinks conceptLinks;
    private final Map<String, Set<String>> listJoiners;

    private ExtractionContext(Catalog catalog, RuleFiles rules, Thesaurus thesaurus) {
        this(catalog, rules, () -> new Subjects(thesaurus, ConceptIndex.of(thesaurus, rules)));
    }

    /** The thesaurus and the subject indexer's index of it, which the context may get from another thread. */
    private record Subjects(Thesaurus thesaurus, ConceptIndex concepts) {}

    /**
     * A context whose thesaurus and concept index {@code subjects} gives, asked for last: the caller may compute them
     * on another thread while this constructor compiles the catalog and the rules.
     */
    private ExtractionContext(Catalog catalog, RuleFiles rules, java.util.function.Supplier<Subjects> subjects) {
        this.catalog = catalog;
        this.rules = rules;
        this.profiles = LanguageProfiles.load(rules);
        this.phrases = new PhrasePattern(profiles);
        // names are matched in every form the language writes them, not only as the catalog lists them
        org.apache.jena.rdf.model.Model names = LabelForms.matchingView(catalog.model(), rules);
        this.gazetteer = Gazetteer.build(names, rules, profiles);
        this.bodyWords = new BodyWords(rules, profiles);
        this.bodies = new BodyCatalog(names, bodyWords);
        this.lifetimes = new BodyLifetimes(catalog.model());
        this.dates = DateFinder.load(rules);
        this.periods = PeriodFinder.load(rules, dates);
        this.roleWords = RoleWords.of(rules);
        Map<String, LanguageRules> byLanguage = new HashMap<>();
        for (String language : rules.languages()) {
            byLanguage.put(language, LanguageRules.load(language, rules, phrases, bodyWords));
        }
        this.languages = Map.copyOf(byLanguage);
        this.none = LanguageRules.load("", rules, phrases, bodyWords);
        Map<String, Set<String>> exempt = new HashMap<>();
        for (String[] row : rules.common("not-subjects.tsv")) {
            if (row.length >= 2) {
                exempt.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
            }
        }
        exempt.replaceAll((k, v) -> Set.copyOf(v));
        this.notSubjects = Map.copyOf(exempt);
        // the word list of visual-order repair is Arabic's (ar/lexicon.txt), a word known with its clitics
        LanguageProfile repaired = profiles.stream().filter(p -> !rules.language(p.code(), "lexicon.txt").isEmpty())
                .findFirst().orElse(null);
        List<String> general = repaired == null ? List.of()
                : rules.language(repaired.code(), "lexicon.txt").stream().map(r -> String.join(" ", r)).toList();
        this.reader = new LetterReader(profiles, Lexicon.of(general, catalog.arabicLabels(),
                repaired == null ? WordStructure.NONE : repaired.words()),
                PageFurniture.of(rules.common("page-furniture.tsv")), gluedRoleWords(rules, repaired));
        this.conceptLinks = ConceptLinks.build(catalog.model(), gazetteer);
        Map<String, Set<String>> joiners = new HashMap<>();
        for (String language : rules.languages()) {
            for (String[] row : rules.language(language, "list-joiners.tsv")) {
                if (row.length >= 1 && !row[0].isBlank()) {
                    joiners.computeIfAbsent(language, k -> new HashSet<>()).add(org.unkg.text.FoldedText.fold(row[0]));
                }
            }
        }
        joiners.replaceAll((k, v) -> Set.copyOf(v));
        this.listJoiners = Map.copyOf(joiners);
        Subjects s = subjects.get();
        this.thesaurus = s.thesaurus();
        this.concepts = s.concepts();
    }

    /** The context of a catalog and the rules of a rules directory, without a thesaurus (no subject is linked or indexed). */
    public static ExtractionContext of(Catalog catalog, RuleFiles rules) {
        return new ExtractionContext(catalog, rules, Thesaurus.empty());
    }

    /** The context of a catalog, the rules of a rules directory and the UNBIS Thesaurus. */
    public static ExtractionContext of(Catalog catalog, RuleFiles rules, Thesaurus thesaurus) {
        return new ExtractionContext(catalog, rules, thesaurus);
    }

    /** The context of the catalog in {@code catalogDir} and the rules in {@code rulesDir}, without a thesaurus. */
    public static ExtractionContext load(Path catalogDir, Path rulesDir) throws IOException {
        return new ExtractionContext(Catalog.load(catalogDir), RuleFiles.load(rulesDir), Thesaurus.empty());
    }

    /** The context of the catalog in {@code catalogDir}, the rules in {@code rulesDir} and the thesaurus file {@code thesaurus}. */
    public static ExtractionContext load(Path catalogDir, Path rulesDir, Path thesaurus) throws IOException {
        org.apache.jena.sys.JenaSystem.init();
        RuleFiles rules = RuleFiles.load(rulesDir);
        // the thesaurus (parsed and indexed: about a third of the start) is read on a thread of its own while the
        // catalog is read and the rules compiled; each part is what it would be read alone, so the context is the same
        java.util.concurrent.FutureTask<Subjects> side = new java.util.concurrent.FutureTask<>(() -> {
            Thesaurus t = Thesaurus.load(thesaurus);
            return new Subjects(t, ConceptIndex.of(t, rules));
        });
        Thread thread = new Thread(side, "unkg-thesaurus");
        thread.setDaemon(true);
        thread.start();
        Catalog catalog;
        try {
            catalog = Catalog.load(catalogDir);
        } catch (IOException | RuntimeException e) {
            side.cancel(true);
            throw e;
        }
        try {
            return new ExtractionContext(catalog, rules, () -> {
                try {
                    return side.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the thesaurus was read", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new SideFailure(e.getCause());
                }
            });
        } catch (SideFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** What reading the thesaurus on its own thread threw, carried out of the constructor. */
    private static final class SideFailure extends RuntimeException {
        SideFailure(Throwable cause) {
            super(cause);
        }
    }

    public Catalog catalog() { return catalog; }

    /** The rule files, read once. */
    public RuleFiles rules() { return rules; }

    /** The name matcher over the catalog. */
    public Gazetteer gazetteer() { return gazetteer; }

    /** When each catalog body existed: a letter's date tells bodies of one name apart. */
    public BodyLifetimes lifetimes() { return lifetimes; }

    /** The catalog's organizations as body rules see them. */
    public BodyCatalog bodies() { return bodies; }

    /** The words body names are compared by. */
    public BodyWords bodyWords() { return bodyWords; }

    /** The date finder over the month names and year cues. */
    public DateFinder dates() { return dates; }

    /** The period finder. */
    public PeriodFinder periods() { return periods; }

    /** The role and direction words of every language, compiled once. */
    public RoleWords roleWords() { return roleWords; }

    /** The core rules of {@code language} (none for a language without rule files). */
    public LanguageRules language(String language) {
        LanguageRules r = languages.get(language);
        return r != null ? r : none;
    }

    /** Classes of bodies passed over as the subject of an event or relation type ({@code common/not-subjects.tsv}). */
    public Map<String, Set<String>> notSubjects() { return notSubjects; }

    /**
     * The words that join the names of a list in {@code language} besides commas ({@code LANG/list-joiners.tsv}: "and",
     * "و"), folded; none for a language without them.
     */
    public Set<String> listJoiners(String language) {
        return listJoiners.getOrDefault(language, Set.of());
    }

    /** The UNBIS Thesaurus (empty when the context was made without it): what the build loads as its own graph. */
    public Thesaurus thesaurus() { return thesaurus; }

    /** The UNBIS Thesaurus's labels as the subject indexer finds them, and what it knows of each concept. */
    public ConceptIndex concepts() { return concepts; }

    /** The UNBIS concepts of catalog entities (their own matches and those of their country, region, seat and class). */
    public ConceptLinks conceptLinks() { return conceptLinks; }

    /**
     * The letter reader for the languages of the rules, whose visual-order repair knows the general Arabic word list
     * and the catalog's Arabic words (one reader, shared: it is immutable).
     */
    public LetterReader reader() {
        return reader;
    }

    /** The compiler of rule phrases, with the languages' word structures. */
    public PhrasePattern phrases() {
        return phrases;
    }

    /** The language profiles of the rules, by code. */
    public List<LanguageProfile> profiles() {
        return profiles;
    }

    /**
     * The role words a PDF's text may glue to the word after them, for the language of visual-order repair: the first
     * word of each {@code role} and {@code title} phrase of its {@code names.tsv} ("رئيس" of "رئيس الوزراء").
     */
    private static List<String> gluedRoleWords(RuleFiles rules, LanguageProfile language) {
        if (language == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (String[] row : rules.language(language.code(), "names.tsv")) {
            if (row.length >= 2 && (row[0].equals("role") || row[0].equals("title"))) {
                out.add(row[1].strip().split("\\s+")[0]);
            }
        }
        return out;
    }
}
