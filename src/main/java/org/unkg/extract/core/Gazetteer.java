package org.unkg.extract.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.LanguageProfile;
import org.unkg.text.LetterText;
import org.unkg.text.LetterWords;
import org.unkg.text.OffsetText;
import org.unkg.text.Tokens;
import org.unkg.text.WordStructure;

/**
 * Finds catalog names in letters. Built once from the catalog model: every {@code skos:prefLabel},
 * {@code skos:altLabel}, {@code skos:hiddenLabel} (and {@code foaf:name}) of each entity with a
 * {@code skos:notation}, its kind read from {@code rdf:type} ({@code entity-kinds.tsv}).
 *
 * <p>Matching is token-based on folded text (see {@link FoldedText}), indexed by first token:
 * <ul>
 *   <li>Arabic clitics (و ف ب ل ك and combinations, {@code ar/clitics.tsv}) are stripped from a name's first word,
 *       ل + ال written لل is read as ال, and the article ال on the first word is optional when the label lacks it;</li>
 *   <li>English "the" before a label is optional; labels are case-insensitive except acronyms (all capitals),
 *       which must match the letter's words exactly;</li>
 *   <li>a name never spans punctuation other than hyphens, apostrophes and full stops;</li>
 *   <li>the longest match wins and shorter overlapping matches are dropped ("مجلس الأمن الجماعي" is not "مجلس الأمن"
 *       when the catalog knows the longer name);</li>
 *   <li>in a letter's line written all in capitals, an acronym that is also a word of the letter's language
 *       ({@code LANG/caps-words.tsv}: French "AU", "UN") is the word unless it stands in parentheses; a name that is
 *       an everyday word of the letter's language with its first letter in lower case ({@code LANG/lower-words.tsv}:
 *       Spanish "la paz", "Consolidación de la Paz": peace, not La Paz) is that word; a name inside a word of
 *       {@code LANG/inside-words.tsv} (Chinese "马里奥", Mario, holds "马里", Mali) is none;</li>
 *   <li>an office title followed by a genitive organization ("Secretary-General of the Collective Security Treaty
 *       Organization") is that organization's officer, not the UN office the title alone names
 *       ({@code office-titles.tsv}).</li>
 * </ul>
 */
public final class Gazetteer {
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final String FOAF_NAME = "http://xmlns.com/foaf/0.1/name";
    private static final String NOTATION = SKOS.notation.getURI();
    /** Which kind a name means when it names several equally well: "تونس" is Tunisia before the city of Tunis. */
    private static final List<EntityKind> TIE_ORDER =
            List.of(EntityKind.STATE, EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.PLACE);
    private static final String SUB_ORGANIZATION_OF = "http://www.w3.org/ns/org#subOrganizationOf";

    /**
     * A label as tokens; {@code before}: the words one of which must precede it when the name is ambiguous, else null;
     * {@code breaks}: the tokens the label itself writes after punctuation ("resolution 1518 (2003)"), which the text
     * may too, or null when none; {@code marked}: the label as written when it carries Arabic vowel marks or a shadda
     * ({@link ArabicMarks}), else null.
     */
    private record Label(String[] tokens, CatalogEntry entry, String acronym, Set<String> before, boolean[] breaks,
                         String marked) {}

    private record Title(String[] tokens, Set<String> homeKeys) {}

    /**
     * The labels that open with one word, in the order they were added: those of that word alone, and the others by
     * their second word, each label with its place in that order (hits of equal rank keep it).
     */
    private record FirstWord(List<Label> singles, Map<String, List<Label>> bySecond, Map<Label, Integer> order,
                             Map<String, List<Label>> withSecond) {
        static FirstWord of(List<Label> labels) {
            List<Label> singles = new ArrayList<>();
            Map<String, List<Label>> bySecond = new HashMap<>();
            Map<Label, Integer> order = new java.util.IdentityHashMap<>();
            for (Label l : labels) {
                order.put(l, order.size());
                if (l.tokens().length == 1) {
                    singles.add(l);
                } else {
                    bySecond.computeIfAbsent(l.tokens()[1], k -> new ArrayList<>()).add(l);
                }
            }
            // the usual candidates, one-word labels and those of one second word in the order added, made once
            Map<String, List<Label>> withSecond = new HashMap<>();
            bySecond.forEach((second, two) -> {
                List<Label> both = new ArrayList<>(singles);
                both.addAll(two);
                both.sort(Comparator.comparingInt(order::get));
                withSecond.put(second, List.copyOf(both));
            });
            return new FirstWord(List.copyOf(singles), bySecond, order, withSecond);
        }

        /**
         * The labels that may match with their second word at token {@code j} (itself, or joined by a hyphen to the
         * next token), and those of one word, in the order they were added.
         */
        List<Label> candidates(List<Tokens.Token> tokens, int j) {
            if (j >= tokens.size() || tokens.get(j).breakBefore()) {
                return singles; // no second word: the one-word labels as they are, not copied
            }
            String second = tokens.get(j).text();
            List<Label> joined = j + 1 < tokens.size() && tokens.get(j + 1).joined()
                    ? bySecond.get(second + tokens.get(j + 1).text()) : null;
            if (joined == null) {
                // withSecond has the keys of bySecond: one look-up
                List<Label> both = withSecond.get(second);
                return both == null ? singles : both;
            }
            List<Label> next = bySecond.get(second);
            List<Label> out = new ArrayList<>(singles);
            if (next != null) {
                out.addAll(next);
            }
            if (joined != null) {
                out.addAll(joined);
            }
            if (out.size() > 1 && out.size() > singles.size()) {
                out.sort(Comparator.comparingInt(order::get));
            }
            return out;
        }
    }

    /** A label found at tokens {@code first..last}; {@code cityCue}: a place the words around it read as a city. */
    private record Hit(int first, int last, int start, int end, Label label, boolean cityCue) {}

    private final Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    private final Map<String, CatalogEntry> byKey = new HashMap<>();
    private final Map<String, List<Label>> byFirstToken = new HashMap<>();
    /** The labels by first word, split by second word (built once all labels are in). */
    private final Map<String, FirstWord> byFirstWord = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();
    /** The scripts of the languages whose words take clitics. */
    private final Set<Character.UnicodeScript> structured = new HashSet<>();
    private final List<String> articles = new ArrayList<>();
    private final List<String> lamArticles = new ArrayList<>();
    private final Set<String> determiners = new HashSet<>();
    private final List<List<String>> optionalLeads = new ArrayList<>();
    private final List<Title> titles = new ArrayList<>();
    /** The indexes in {@link #titles} of the titles opening with each word. */
    private final Map<String, int[]> titlesByFirstWord = new HashMap<>();
    private static final int[] NO_TITLES = new int[0];
    private final List<String[]> linkers = new ArrayList<>();
    private final Map<String, Set<String>> ambiguous = new HashMap<>();
    /** The labels other entities of the same kind bear too, with those entities' keys ({@link #findNamesakes}). */
    private final Map<Label, List<String>> namesakes = new java.util.IdentityHashMap<>();
    /** The words before a name, or the date line it opens, that read a State's homonym as the city ({@code city-cues.tsv}). */
    private CityCues cityCues = CityCues.NONE;
    /** Language → acronyms that are also its words, read as words in all-capital lines ({@code LANG/caps-words.tsv}). */
    private final Map<String, Set<String>> capsWords = new HashMap<>();
    /** Language → catalog names that are its everyday words when written without capitals ({@code LANG/lower-words.tsv}). */
    private final Map<String, Set<String>> lowerWords = new HashMap<>();
    /**
     * Language → words that hold a catalog name and are no mention of it ({@code LANG/inside-words.tsv}: Chinese writes
     * no spaces, and "马里奥" (Mario) holds "马里" (Mali)).
     */
    private final Map<String, List<String>> insideWords = new HashMap<>();
    /** The case endings of the languages whose names decline ({@code LANG/endings.tsv}): words compare by their stems. */
    private final List<org.unkg.text.WordEndings> endings = new ArrayList<>();

    private Gazetteer() {}

    /** Builds the gazetteer of a catalog {@code model} with the rule files of {@code rules}. */
    public static Gazetteer build(Model model, RuleFiles rules, List<LanguageProfile> profiles) {
        Gazetteer g = new Gazetteer();
        g.readRules(rules, profiles);
        Map<String, EntityKind> kinds = new HashMap<>();
        for (String[] row : rules.common("entity-kinds.tsv")) {
            kinds.put(row[0], EntityKind.valueOf(row[1]));
        }
        Property notation = model.createProperty(NOTATION);
        List<Resource> subjects = new ArrayList<>(model.listSubjectsWithProperty(notation).toList());
        subjects.sort(Comparator.comparing(r -> String.valueOf(r.getURI())));
        for (Resource r : subjects) {
            EntityKind kind = null;
            String type = null;
            for (Statement t : r.listProperties(RDF.type).toList()) {
                if (t.getObject().isURIResource()) {
                    EntityKind k = kinds.get(t.getObject().asResource().getURI());
                    if (k != null && (kind == null || k.ordinal() > kind.ordinal())) {
                        kind = k;
                        type = t.getObject().asResource().getURI();
                    }
                }
            }
            if (kind == null) {
                continue;
            }
            String key = r.getProperty(notation).getString();
            Set<String> labels = new LinkedHashSet<>();
            String english = null;
            for (Property p : List.of(model.createProperty(FOAF_NAME), SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (Statement s : r.listProperties(p).toList()) {
                    RDFNode o = s.getObject();
                    if (!o.isLiteral()) {
                        continue;
                    }
                    Literal l = o.asLiteral();
                    labels.add(l.getLexicalForm().strip());
                    if (english == null && (p.getURI().equals(FOAF_NAME)
                            || (p.equals(SKOS.prefLabel) && l.getLanguage().startsWith("en")))) {
                        english = l.getLexicalForm().strip();
                    }
                }
            }
            String parent = null;
            Statement sub = r.getProperty(model.createProperty(SUB_ORGANIZATION_OF));
            if (sub != null && sub.getObject().isResource() && sub.getObject().asResource().hasProperty(notation)) {
                parent = sub.getObject().asResource().getProperty(notation).getString();
            }
            CatalogEntry entry = new CatalogEntry(key, kind, type, parent, r.getURI(), english == null ? key : english,
                    List.copyOf(labels));
            g.add(entry);
        }
        g.byFirstToken.forEach((word, labels) -> g.byFirstWord.put(word, FirstWord.of(labels)));
        g.findNamesakes();
        LOG.info("gazetteer: {} entities, {} first tokens", g.entries.size(), g.byFirstToken.size());
        return g;
    }

    private void readRules(RuleFiles rules, List<LanguageProfile> profiles) {
        // a declined name's words compare by their stems (ru/endings.tsv): read first, every word below is stemmed
        for (LanguageProfile p : profiles) {
            org.unkg.text.WordEndings e = org.unkg.text.WordEndings.of(p.script(),
                    rules.language(p.code(), "endings.tsv"), p.code() + "/endings.tsv");
            if (e != null) {
                endings.add(e);
            }
        }
        // a name's first word may carry what a noun carries in its language: a conjunction, a preposition or both,
        // and the article (ar/clitics.tsv)
        for (LanguageProfile p : profiles) {
            WordStructure words = p.words();
            if (words.isEmpty()) {
                continue;
            }
            structured.add(Character.UnicodeScript.forName(p.script()));
            prefixes.addAll(words.nounPrefixes());
            if (words.article() != null) {
                articles.add(words.article());
            }
            if (words.lamArticle() != null) {
                lamArticles.add(words.lamArticle());
            }
        }
        for (String[] row : rules.everyLanguage("name-leads.tsv")) {
            String form = FoldedText.fold(row[1]);
            switch (row[0]) {
                case "determiner" -> determiners.add(stem(form));
                case "optional-lead" -> optionalLeads.add(stems(Tokens.texts(form)));
                default -> throw new IllegalArgumentException("name-leads.tsv: unknown kind " + row[0]);
            }
        }
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        for (String[] row : rules.everyLanguage("office-titles.tsv")) {
            String[] tokens = stems(Tokens.texts(FoldedText.fold(row[1]))).toArray(String[]::new);
            if (row[0].equals("title")) {
                titles.add(new Title(tokens, row.length > 2 ? Set.of(row[2].split(",")) : Set.of()));
            } else if (row[0].equals("linker")) {
                linkers.add(tokens);
            }
        }
        linkers.sort(Comparator.comparingInt((String[] t) -> t.length).reversed());
        for (int t = 0; t < titles.size(); t++) {
            int[] before = titlesByFirstWord.getOrDefault(titles.get(t).tokens()[0], NO_TITLES);
            int[] with = java.util.Arrays.copyOf(before, before.length + 1);
            with[before.length] = t;
            titlesByFirstWord.put(titles.get(t).tokens()[0], with);
        }
        for (String language : rules.languages()) {
            for (String[] row : rules.language(language, "caps-words.tsv")) {
                capsWords.computeIfAbsent(language, k -> new HashSet<>()).add(row[0]);
            }
            for (String[] row : rules.language(language, "lower-words.tsv")) {
                lowerWords.computeIfAbsent(language, k -> new HashSet<>()).add(FoldedText.fold(row[0]));
            }
            for (String[] row : rules.language(language, "inside-words.tsv")) {
                insideWords.computeIfAbsent(language, k -> new ArrayList<>()).add(row[0]);
            }
        }
        {
            cityCues = CityCues.of(rules.everyLanguage("city-cues.tsv"), w -> stems(Tokens.texts(FoldedText.fold(w))));
            for (String[] row : rules.everyLanguage("ambiguous-names.tsv")) {
                Set<String> before = new HashSet<>();
                for (String w : row[1].split("\\|")) {
                    before.add(stem(FoldedText.fold(w)));
                }
                ambiguous.put(String.join(" ", stems(Tokens.texts(FoldedText.fold(row[0])))), before);
            }
        }
    }

    /**
     * The labels several entities of one kind bear word for word ("United Nations Office in Burundi": UNOB and BNUB),
     * each with the keys of the others.
     */
    private void findNamesakes() {
        Map<String, List<Label>> byWords = new HashMap<>();
        for (List<Label> labels : byFirstToken.values()) {
            for (Label l : labels) {
                byWords.computeIfAbsent(l.entry().kind() + " " + String.join(" ", l.tokens()), k -> new ArrayList<>()).add(l);
            }
        }
        for (List<Label> same : byWords.values()) {
            Set<String> keys = new java.util.TreeSet<>();
            same.forEach(l -> keys.add(l.entry().key()));
            if (keys.size() > 1) {
                for (Label l : same) {
                    namesakes.put(l, keys.stream().filter(k -> !k.equals(l.entry().key())).toList());
                }
            }
        }
    }

    private void add(CatalogEntry entry) {
        // keys are unique within a kind; a state's code may equal an organization's key (NAM), so entities
        // are indexed by IRI and entry(key) prefers the first IRI in order (organizations before states)
        if (entries.putIfAbsent(entry.iri(), entry) != null) {
            return;
        }
        byKey.putIfAbsent(entry.key(), entry);
        Set<String> forms = new LinkedHashSet<>();
        for (String written : entry.labels()) {
            forms.add(written);
            // a hyphenated word may be written solid ("Peace-building" / "Peacebuilding")
            forms.add(written.replaceAll("(?<=\\p{L})-(?=\\p{L})", ""));
        }
        for (String written : forms) {
            List<Tokens.Token> parsed = new ArrayList<>(stemmed(Tokens.of(FoldedText.fold(written))));
            while (parsed.size() > 1 && determiners.contains(parsed.get(0).text())) {
                parsed.remove(0);
            }
            if (parsed.isEmpty()) {
                continue;
            }
            List<String> tokens = parsed.stream().map(Tokens.Token::text).toList();
            boolean[] breaks = breaks(parsed, 0);
            String acronym = isAcronym(written) ? written.replaceAll("[^\\p{L}\\p{N}]", "") : null;
            String marked = ArabicMarks.marked(written) ? written : null;
            Label label = new Label(tokens.toArray(String[]::new), entry, acronym, ambiguous.get(String.join(" ", tokens)), breaks,
                    marked);
            byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(label);
            for (List<String> lead : optionalLeads) {
                if (tokens.size() >= lead.size() + 3 && tokens.subList(0, lead.size()).equals(lead)) {
                    List<String> rest = tokens.subList(lead.size(), tokens.size());
                    byFirstToken.computeIfAbsent(rest.get(0), k -> new ArrayList<>())
                            .add(new Label(rest.toArray(String[]::new), entry, null, ambiguous.get(String.join(" ", rest)),
                                    breaks(parsed, lead.size()), marked));
                }
            }
        }
    }

    /** Which tokens of a label from {@code from} on follow punctuation within it, or null when none does. */
    private static boolean[] breaks(List<Tokens.Token> parsed, int from) {
        boolean[] out = new boolean[parsed.size() - from];
        boolean any = false;
        for (int k = 1; k < out.length; k++) {
            out[k] = parsed.get(from + k).breakBefore();
            any |= out[k];
        }
        return any ? out : null;
    }

    private static boolean isAcronym(String label) {
        int upper = 0;
        for (char c : label.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2 && !label.contains(" ");
    }

    /** All entities. */
    public Collection<CatalogEntry> entries() {
        return entries.values();
    }

    /** The entity with this key (an organization before a state with the same code). */
    public Optional<CatalogEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every catalog name in the letter's body (searched in its match form), longest first where names overlap. */
    public List<NameMatch> find(LetterText letter) {
        OffsetText match = letter.match();
        return inLetter(letter, find(letter.body(), match.text(), match::sourceOffset, match::sourceEnd));
    }

    /**
     * Every catalog name in the analysed letter's body: what {@link #find(LetterText)} finds, read from the letter's
     * words ({@link LetterAnalysis#words()}) where its folded body is the folded match form (no presentation forms,
     * combining marks or ideographs), each distinct word's forms looked up once.
     */
    public List<NameMatch> find(LetterAnalysis analysis) {
        LetterWords words = analysis.words();
        String body = analysis.body();
        if (!words.plain() || !org.unkg.text.MatchNormalizer.foldsAsItself(body)) {
            return find(analysis.letter());
        }
        String text = words.source();
        List<Tokens.Token> tokens = new ArrayList<>(words.size());
        WordStarts[] starts = new WordStarts[words.size()];
        // each distinct word stemmed and its first-word forms found once
        String[] stems = new String[words.distinct()];
        WordStarts[] startsById = new WordStarts[words.distinct()];
        int gapFrom = 0;
        for (int i = 0; i < words.size(); i++) {
            int id = words.id(i);
            if (stems[id] == null) {
                stems[id] = stem(words.text(id));
                startsById[id] = knownStarts(stems[id]);
            }
            int start = words.start(i);
            boolean hard = i == 0;
            for (int k = gapFrom; k < start && !hard; k++) {
                hard = !Tokens.soft(text.charAt(k));
            }
            tokens.add(new Tokens.Token(start, words.end(i), stems[id], hard, Tokens.joined(text, start)));
            starts[i] = startsById[id];
            gapFrom = words.end(i);
        }
        return inLetter(analysis.letter(), find(body, analysis.folded(), tokens, starts, i -> i, i -> i));
    }

    /** The names found in a letter's body but the everyday words of its language ({@code caps-words}, {@code lower-words}). */
    private List<NameMatch> inLetter(LetterText letter, List<NameMatch> found) {
        Set<String> words = capsWords.getOrDefault(letter.language(), Set.of());
        Set<String> lower = lowerWords.getOrDefault(letter.language(), Set.of());
        String body = letter.body();
        List<String> inside = insideWords.getOrDefault(letter.language(), List.of());
        return found.stream().filter(n -> !capsWord(body, n, words) && !lowerWord(body, n, lower) && !lowerCyrillicPlace(body, n)
                && !insideWord(body, n, inside)).toList();
    }

    /** Whether a match stands inside one of {@code words} written in the body ("马里" in "马里奥"). */
    private static boolean insideWord(String body, NameMatch n, List<String> words) {
        String label = body.substring(n.span().start(), n.span().end());
        for (String w : words) {
            for (int k = w.indexOf(label); k >= 0; k = w.indexOf(label, k + 1)) {
                int at = n.span().start() - k;
                if (at >= 0 && body.startsWith(w, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a place's name is matched in a lower-case Cyrillic word: a place is written with a capital, and the case
     * endings a Russian name may take make short names ("Мале", "Рим", "Лима") the forms of everyday words ("малых
     * островных государств").
     */
    private static boolean lowerCyrillicPlace(String body, NameMatch n) {
        int c = body.codePointAt(n.span().start());
        return n.kind() == EntityKind.PLACE && Character.isLowerCase(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    /**
     * Whether a match is an everyday word of the letter's language, its first letter written in lower case ("la paz",
     * and "la Paz" inside a name: "Consolidación de la Paz"): the place is written "La Paz".
     */
    private static boolean lowerWord(String body, NameMatch n, Set<String> words) {
        return words.contains(FoldedText.fold(n.label())) && !Character.isUpperCase(body.codePointAt(n.span().start()));
    }

    /**
     * Whether a match is an everyday word of the letter's language written in capitals ("ADRESSEE AU PRESIDENT"):
     * a listed acronym, not in parentheses, on a line without lower-case letters.
     */
    private static boolean capsWord(String body, NameMatch n, Set<String> words) {
        if (!words.contains(n.label())) {
            return false;
        }
        int start = n.span().start();
        int end = n.span().end();
        if (start > 0 && end < body.length() && body.charAt(start - 1) == '(' && body.charAt(end) == ')') {
            return false;
        }
        int lineStart = body.lastIndexOf('\n', start) + 1;
        int lineEnd = body.indexOf('\n', end);
        String line = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd);
        return line.chars().noneMatch(Character::isLowerCase);
    }

    /** Every catalog name in a plain string; spans are offsets into {@code text}. */
    public List<NameMatch> find(String text) {
        return find(text, text, i -> i, i -> i);
    }

    /** Every catalog name of one kind in a plain string. */
    public List<NameMatch> find(String text, EntityKind kind) {
        return find(text).stream().filter(m -> m.kind() == kind).toList();
    }

    private List<NameMatch> find(String body, String matchText, IntUnaryOperator toBody, IntUnaryOperator toBodyEnd) {
        FoldedText folded = FoldedText.of(matchText);
        List<Tokens.Token> tokens = stemmed(Tokens.of(folded.text()));
        // the forms each word may take as the first word of a name, and the labels they open, worked out once per
        // distinct word (a letter's words repeat; so do the corpus's)
        // (the words known from earlier letters straight from the shared cache; the others once per letter)
        WordStarts[] starts = new WordStarts[tokens.size()];
        Map<String, WordStarts> unknown = null;
        for (int i = 0; i < starts.length; i++) {
            String word = tokens.get(i).text();
            WordStarts w = wordStarts.get(word);
            if (w == null) {
                if (unknown == null) {
                    unknown = new HashMap<>();
                }
                w = unknown.computeIfAbsent(word, this::knownStarts);
            }
            starts[i] = w;
        }
        return find(body, folded, tokens, starts, toBody, toBodyEnd);
    }

    /**
     * The names of {@code tokens}, the name tokens of {@code folded} with the first-word forms of each ({@code starts}),
     * in body offsets ({@code toBody}, {@code toBodyEnd} map {@code folded}'s source offsets to the body's).
     */
    private List<NameMatch> find(String body, FoldedText folded, List<Tokens.Token> tokens, WordStarts[] starts,
                                 IntUnaryOperator toBody, IntUnaryOperator toBodyEnd) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token first = tokens.get(i);
            WordStarts firstStarts = starts[i];
            int opening = firstStarts.groups().length;
            FirstWord joinedGroup = null;
            if (i + 1 < tokens.size() && tokens.get(i + 1).joined()) {
                // a word joined by a hyphen to the next may open a name as the two written solid, tried last
                String joined = first.text() + tokens.get(i + 1).text();
                joinedGroup = firstStarts.forms().containsKey(joined) ? null : byFirstWord.get(joined);
            }
            for (int v = 0; v < opening + (joinedGroup != null ? 1 : 0); v++) {
                FirstWord group = v < opening ? firstStarts.groups()[v] : joinedGroup;
                int removed = v < opening ? firstStarts.removed()[v] : -1;
                boolean twoTokens = removed < 0;
                List<Label> labels = group.candidates(tokens, twoTokens ? i + 2 : i + 1);
                for (Label label : labels) {
                    int last = restEnd(tokens, twoTokens ? i + 2 : i + 1, label.tokens(), label.breaks());
                    if (last < 0) {
                        continue;
                    }
                    int start = toBody.applyAsInt(folded.sourceOffset(first.start() + Math.max(0, removed)));
                    int end = toBodyEnd.applyAsInt(folded.sourceEnd(tokens.get(last).end()));
                    if (label.acronym() != null && (removed > 0
                            || !body.substring(start, Math.min(end, body.length())).replaceAll("[^\\p{L}\\p{N}]", "").equals(label.acronym()))) {
                        continue;
                    }
                    Set<String> before = label.before();
                    if (before != null && !inStateContext(tokens, i, label.tokens()[0], before)) {
                        continue;
                    }
                    if (label.marked() != null
                            && !ArabicMarks.compatible(body.substring(start, Math.min(end, body.length())), label.marked())) {
                        continue; // "عمّان" (Amman) is not "عُمان" (Oman): the marks both write disagree
                    }
                    boolean city = label.entry().kind() == EntityKind.PLACE && cityCues.readsAsCity(folded.text(), tokens, i);
                    hits.add(new Hit(i, last, start, end, label, city));
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.first() - h.last())
                .thenComparingInt(h -> h.start() - h.end())
                .thenComparingInt(Hit::start)
                .thenComparing(h -> !h.cityCue())
                .thenComparingInt(h -> TIE_ORDER.indexOf(h.label().entry().kind())));
        List<Hit> kept = new ArrayList<>();
        BitSet covered = new BitSet(tokens.size());
        for (Hit h : hits) {
            int taken = covered.nextSetBit(h.first());
            if (taken < 0 || taken > h.last()) {
                kept.add(h);
                covered.set(h.first(), h.last() + 1);
            }
        }
        dropOfficers(tokens, starts, kept);
        kept.sort(Comparator.comparingInt(Hit::start));
        List<NameMatch> out = new ArrayList<>(kept.size());
        for (Hit h : kept) {
            CatalogEntry e = h.label().entry();
            out.add(new NameMatch(e.kind(), e.key(), body.substring(h.start(), Math.min(h.end(), body.length())),
                    new Span(h.start(), Math.max(h.start(), h.end())), namesakes.getOrDefault(h.label(), List.of())));
        }
        return out;
    }

    /**
     * Whether an ambiguous name at token {@code i} reads as a name: a listed word right before it, or only a clitic
     * (not the article: "المالي" is the adjective) attached to it.
     */
    private boolean inStateContext(List<Tokens.Token> tokens, int i, String name, Set<String> before) {
        String text = tokens.get(i).text();
        if (text.equals(name)) {
            return i > 0 && !tokens.get(i).breakBefore() && before.contains(tokens.get(i - 1).text());
        }
        return text.endsWith(name) && prefixes.contains(text.substring(0, text.length() - name.length()));
    }

    /** Drops what an office title names alone when a genitive organization that is not the title's own follows it. */
    private void dropOfficers(List<Tokens.Token> tokens, WordStarts[] starts, List<Hit> kept) {
        // the (title, token) pairs where a title's first word stands, found from the titles each word's forms open
        // (worked out once per word) rather than by asking each token for each title; taken title by title, then
        // token by token, as the rules list them
        long[] opened = new long[16];
        int pairs = 0;
        for (int i = 0; i < tokens.size(); i++) {
            for (int t : starts[i].titles()) {
                if (pairs == opened.length) {
                    opened = java.util.Arrays.copyOf(opened, pairs * 2);
                }
                opened[pairs++] = (long) t << 32 | i;
            }
        }
        java.util.Arrays.sort(opened, 0, pairs);
        for (int k = 0; k < pairs; k++) {
            long pair = opened[k];
            Title title = titles.get((int) (pair >>> 32));
            int i = (int) pair;
            if (i + title.tokens().length > tokens.size() || !rest(tokens, i, title.tokens())) {
                continue;
            }
            int next = i + title.tokens().length;
            int after = next;
            for (String[] linker : linkers) {
                if (next + linker.length <= tokens.size() && sameTokens(tokens, next, linker)) {
                    after = next + linker.length;
                    break;
                }
            }
            final int orgAt = after;
            final int titleFirst = i;
            final int titleLast = next - 1;
            if (orgAt >= tokens.size() || tokens.get(orgAt).breakBefore()) {
                continue;
            }
            Optional<Hit> org = kept.stream().filter(h -> h.first() == orgAt
                    && h.label().entry().kind() == EntityKind.ORGANIZATION).findFirst();
            if (org.isPresent() && !title.homeKeys().contains(org.get().label().entry().key())) {
                kept.removeIf(h -> h.first() >= titleFirst && h.last() <= titleLast);
            }
        }
    }

    private static boolean sameTokens(List<Tokens.Token> tokens, int at, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).text().equals(words[k]) || (k > 0 && tokens.get(at + k).breakBefore())) {
                return false;
            }
        }
        return true;
    }

    private static boolean rest(List<Tokens.Token> tokens, int i, String[] words) {
        return restEnd(tokens, i + 1, words, null) >= 0;
    }

    /**
     * Index of the last text token when {@code words[1..]} follow from token {@code at}, or -1. A word may also
     * match two text tokens joined by a hyphen ("peacebuilding" = "Peace-building"). Punctuation in the text ends the
     * name except where the label has punctuation too ({@code breaks}: "resolution 1518 (2003)").
     */
    private static int restEnd(List<Tokens.Token> tokens, int at, String[] words, boolean[] breaks) {
        int j = at;
        for (int k = 1; k < words.length; k++) {
            if (j >= tokens.size() || tokens.get(j).breakBefore() && (breaks == null || !breaks[k])) {
                return -1;
            }
            Tokens.Token t = tokens.get(j);
            if (t.text().equals(words[k])) {
                j++;
            } else if (j + 1 < tokens.size() && tokens.get(j + 1).joined()
                    && (t.text() + tokens.get(j + 1).text()).equals(words[k])) {
                j += 2;
            } else {
                return -1;
            }
        }
        return j - 1;
    }

    /** The stem of a folded word (the word itself unless its language declines names). */
    private String stem(String word) {
        for (org.unkg.text.WordEndings e : endings) {
            if (e.applies(word)) {
                return e.stem(word);
            }
        }
        return word;
    }

    private List<String> stems(List<String> words) {
        return endings.isEmpty() ? words : words.stream().map(this::stem).toList();
    }

    /** The tokens with their texts stemmed (the same list when no language declines names). */
    private List<Tokens.Token> stemmed(List<Tokens.Token> tokens) {
        if (endings.isEmpty()) {
            return tokens;
        }
        List<Tokens.Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            String s = stem(t.text());
            if (out == null && !s.equals(t.text())) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                out.add(s.equals(t.text()) ? t : new Tokens.Token(t.start(), t.end(), s, t.breakBefore(), t.joined()));
            }
        }
        return out == null ? tokens : out;
    }

    /** Forms the first word of a name may take once clitics and the article are removed, with the chars removed. */
    /** The first-word forms of a letter's word ({@link #variants}), worked out once per word (up to {@value #KNOWN_WORDS}). */
    private Map<String, Integer> knownVariants(String token) {
        Map<String, Integer> known = wordVariants.get(token);
        if (known == null) {
            known = java.util.Collections.unmodifiableMap(variants(token));
            if (wordVariants.size() < KNOWN_WORDS) {
                wordVariants.put(token, known);
            }
        }
        return known;
    }

    private static final int KNOWN_WORDS = 200_000;
    private final Map<String, Map<String, Integer>> wordVariants = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A word's first-word forms ({@link #knownVariants}) and, in their order, the label groups those that open a
     * catalog name open, with the characters each form removed from the word, and the office titles its forms open.
     */
    private record WordStarts(Map<String, Integer> forms, FirstWord[] groups, int[] removed, int[] titles) {}

    private final Map<String, WordStarts> wordStarts = new java.util.concurrent.ConcurrentHashMap<>();

    /** A word's {@link WordStarts}, worked out once per word (up to {@value #KNOWN_WORDS}). */
    private WordStarts knownStarts(String token) {
        WordStarts known = wordStarts.get(token);
        if (known == null) {
            Map<String, Integer> forms = knownVariants(token);
            List<FirstWord> groups = new ArrayList<>();
            List<Integer> removed = new ArrayList<>();
            for (Map.Entry<String, Integer> form : forms.entrySet()) {
                FirstWord group = byFirstWord.get(form.getKey());
                if (group != null) {
                    groups.add(group);
                    removed.add(form.getValue());
                }
            }
            int[] titles = NO_TITLES;
            for (String form : forms.keySet()) {
                int[] opened = titlesByFirstWord.getOrDefault(form, NO_TITLES);
                if (opened.length > 0) {
                    int[] both = java.util.Arrays.copyOf(titles, titles.length + opened.length);
                    System.arraycopy(opened, 0, both, titles.length, opened.length);
                    titles = both;
                }
            }
            known = new WordStarts(forms, groups.toArray(FirstWord[]::new), removed.stream().mapToInt(Integer::intValue).toArray(),
                    titles);
            if (wordStarts.size() < KNOWN_WORDS) {
                wordStarts.put(token, known);
            }
        }
        return known;
    }

    private Map<String, Integer> variants(String token) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put(token, 0);
        if (token.isEmpty() || !structured.contains(Character.UnicodeScript.of(token.charAt(0)))) {
            return out;
        }
        for (String p : prefixes) {
            if (token.startsWith(p) && token.length() - p.length() >= 2) {
                out.putIfAbsent(token.substring(p.length()), p.length());
            }
        }
        for (Map.Entry<String, Integer> v : List.copyOf(out.entrySet())) {
            for (String lam : lamArticles) {
                if (v.getKey().startsWith(lam) && v.getKey().length() > lam.length() + 1 && !articles.isEmpty()) {
                    out.putIfAbsent(articles.get(0) + v.getKey().substring(lam.length()), v.getValue() + 1);
                }
            }
        }
        for (Map.Entry<String, Integer> v : List.copyOf(out.entrySet())) {
            for (String article : articles) {
                if (v.getKey().startsWith(article) && v.getKey().length() - article.length() >= 2) {
                    out.putIfAbsent(v.getKey().substring(article.length()), v.getValue());
                }
            }
        }
        return out;
    }
}
