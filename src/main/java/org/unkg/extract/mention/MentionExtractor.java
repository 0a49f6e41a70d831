package org.unkg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.core.CatalogEntry;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Signatory;
import org.unkg.model.Span;
import org.unkg.model.Subject;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterText;
import org.unkg.text.WhiteSpace;

/**
 * Adds a mention for every catalog name the gazetteer finds in the letter (organizations, states, persons,
 * places), for the signatory when the catalog does not know them, and for the persons the letter names by its own
 * structure (after an honorific, a title or a role, before a role, as the object of an appointment, as the signer of
 * an annex: {@link PersonNames}), the places it names by context ({@link PlaceNames}) and the bodies it defines by an
 * acronym the catalog lacks ({@link DefinedBodies}). A place or a state inside a
 * person's name ("Aristides Lima", "Louis Sylvain-Goma"), a river's ("le fleuve Niger") or an agreement's ("the
 * Lusaka Protocol") is not reported ({@link Surroundings}), nor an acronym that is a function word of an upper-case
 * line ("ADRESSEE AU PRESIDENT" does not name the African Union).
 */
public final class MentionExtractor implements Extractor {
    private final Set<String> skip = new HashSet<>();
    private final Set<String> asParent = new HashSet<>();
    private final Gazetteer gazetteer;
    private final org.unkg.extract.core.BodyLifetimes lifetimes;
    private final InsideRoleNames insideRoles;
    private final PersonNames persons;
    private static final String ADJECTIVE = "https://w3id.org/unkg/ontology#adjective";
    private final Set<String> stateWords = new HashSet<>();
    private final Set<String> adjectives = new HashSet<>();
    /** The genitive words of every language's {@code office-titles.tsv}, folded, spaces and hyphens as one space. */
    private final List<String> linkers;
    /** The labels of each parent organization as {@link #parentNamedInside} compares them, worked out once per parent. */
    private final Map<String, List<ParentLabel>> parentLabels = new java.util.concurrent.ConcurrentHashMap<>();

    /** The extractor with the mention rules ({@code common/mentions.tsv}, each language's {@code names.tsv} and {@code honorifics.tsv}) of {@code context}. */
    public MentionExtractor(ExtractionContext context) {
        RuleFiles rules = context.rules();
        for (String[] row : rules.common("mentions.tsv")) {
            (row[0].equals("skip") ? skip : asParent).add(row[1]);
        }
        gazetteer = context.gazetteer();
        lifetimes = context.lifetimes();
        insideRoles = new InsideRoleNames(context);
        List<String> links = new ArrayList<>();
        for (String[] row : rules.everyLanguage("office-titles.tsv")) {
            if (row.length >= 2 && row[0].equals("linker")) {
                links.add(spaced(FoldedText.fold(row[1])));
            }
        }
        linkers = List.copyOf(links);
        Map<String, NameRules> byLanguage = NameRules.load(rules, context.profiles());
        persons = new PersonNames(rules, byLanguage, NameRules.none(rules, context.profiles()));
        org.apache.jena.rdf.model.Model catalog = context.catalog().model();
        org.apache.jena.rdf.model.Property adjective = catalog.createProperty(ADJECTIVE);
        catalog.listObjectsOfProperty(adjective).forEach(o -> {
            if (o.isLiteral()) {
                adjectives.add(FoldedText.fold(o.asLiteral().getLexicalForm()));
            }
        });
        for (CatalogEntry e : gazetteer.entries()) {
            if (e.kind() == EntityKind.STATE) {
                for (String label : e.labels()) {
                    String folded = FoldedText.fold(label);
                    if (folded.matches("\\p{L}+")) {
                        stateWords.add(folded);
                    }
                }
            }
        }
    }

    @Override
    public boolean changesMentions() {
        return true;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        // the UNBIS subject terms of a %%% line classify the letter; they are not names the letter mentions
        int subjectsEnd = out.subjects().stream().map(Subject::span)
                .filter(java.util.Objects::nonNull).mapToInt(org.unkg.model.Span::end).max().orElse(-1);
        // of bodies that share a name, the one that existed when the letter was written
        org.unkg.model.DateValue written = out.meta(org.unkg.model.MetaField.DATE).map(org.unkg.model.Meta::value)
                .map(org.unkg.model.DateValue::parse).orElse(null);
        List<NameMatch> names = gazetteer.find(analysis).stream().filter(n -> n.span().start() > subjectsEnd)
                .map(n -> n.namesakes().isEmpty() ? n : new NameMatch(n.kind(),
                        lifetimes.existingOn(n.key(), n.namesakes(), written), n.label(), n.span()))
                .toList();
        List<String> known = new ArrayList<>();
        for (Signatory s : out.signatories()) {
            known.add(s.name());
        }
        for (NameMatch n : names) {
            if (n.kind() == EntityKind.PERSON) {
                known.add(n.label());
                gazetteer.entry(n.key()).ifPresent(e -> known.addAll(e.labels()));
            }
        }
        NameRules rules = this.persons.rules(letter.language());
        NameTokens toks = NameTokens.of(letter.body(), rules);
        List<PersonNames.Person> named = this.persons.find(toks, analysis.folded(), rules, names, known);
        Set<String> persons = new HashSet<>();
        List<org.unkg.extract.rules.PhraseMatcher.Hit<String>> roleNames = null;
        for (NameMatch n : names) {
            CatalogEntry entry = gazetteer.entry(n.key()).orElse(null);
            if (entry != null && skip.contains(entry.type())) {
                continue;
            }
            if ((n.kind() == EntityKind.PLACE || n.kind() == EntityKind.STATE)
                    && (insidePerson(n.span(), named, n.kind()) || Surroundings.insideLongerName(toks, rules, n.span(), n.kind()))) {
                continue;
            }
            if (n.kind() == EntityKind.ORGANIZATION && Surroundings.functionWordInCapitals(toks, rules, n)) {
                continue;
            }
            if (n.kind() == EntityKind.ORGANIZATION) {
                roleNames = roleNames != null ? roleNames : insideRoles.roles(analysis);
                if (insideRoles.inside(n, roleNames, analysis)) {
                    continue; // "Secretary of State for Foreign and Commonwealth Affairs" names no Commonwealth
                }
            }
            if (n.kind() == EntityKind.PERSON && Surroundings.insidePersonsNamesake(toks, rules, n.span())) {
                continue;
            }
            String key = entry != null && asParent.contains(entry.type()) && entry.parent() != null ? entry.parent() : n.key();
            out.add(new Mention(n.kind(), key, n.label(), n.span()));
            if (entry != null && entry.parent() != null && !key.equals(entry.parent())) {
                parentNamedInside(n, entry.parent(), out);
            }
            if (n.kind() == EntityKind.PERSON) {
                persons.add(n.key());
            }
        }
        for (Signatory s : out.signatories()) {
            if (s.personKey() == null) {
                out.add(new Mention(EntityKind.PERSON, null, s.name(), s.span()));
                persons.add(FoldedText.fold(s.name()));
            } else if (persons.add(s.personKey())) {
                out.add(new Mention(EntityKind.PERSON, s.personKey(), s.name(), s.span()));
            }
        }
        for (PersonNames.Person p : named) {
            if (p.reported() && persons.add(FoldedText.fold(p.label())) && !signed(out, p.label())) {
                out.add(new Mention(EntityKind.PERSON, null, p.label(), p.span()));
            }
        }
        for (DefinedBodies.Defined d : DefinedBodies.find(toks, rules, letter.language(), names)) {
            out.add(d.body());
            for (Span use : d.uses()) {
                out.add(new Mention(EntityKind.ORGANIZATION, d.body().key(), letter.body().substring(use.start(), use.end()), use));
            }
        }
        Set<String> places = new HashSet<>();
        for (Mention m : out.mentions()) {
            if (m.kind() == EntityKind.PLACE) {
                places.add(FoldedText.fold(m.label()));
            }
        }
        for (PlaceNames.Place p : PlaceNames.find(toks, analysis.folded(), rules, names, named, stateWords, adjectives)) {
            if (places.add(FoldedText.fold(p.label()))) {
                out.add(new Mention(EntityKind.PLACE, null, p.label(), p.span()));
            }
        }
    }

    /**
     * The organization a body belongs to, when the body's name as written names it in the genitive ("the Regional Task
     * Force of the African Union" names the African Union; "AMISOM" and "the African Union Mission in Somalia" do not):
     * after a linker of {@code office-titles.tsv} ("of the", "de l'").
     */
    private void parentNamedInside(NameMatch n, String parent, LetterFacts out) {
        CatalogEntry p = gazetteer.entry(parent).orElse(null);
        if (p == null) {
            return;
        }
        String written = spaced(FoldedText.fold(n.label()));
        for (ParentLabel l : parentLabels.computeIfAbsent(parent, k -> ParentLabel.of(p))) {
            if (l.folded().length() < 2 || l.folded().equals(written) || l.acronym() && !n.label().contains(l.label())) {
                continue;
            }
            if (linkedIn(written, l.folded())) {
                out.add(new Mention(EntityKind.ORGANIZATION, parent, l.label(), n.span()));
                return;
            }
        }
    }

    /** A label of a parent organization: as written, folded with its spaces and hyphens as one space, and whether an acronym. */
    private record ParentLabel(String label, String folded, boolean acronym) {
        static List<ParentLabel> of(CatalogEntry parent) {
            List<ParentLabel> out = new ArrayList<>();
            for (String label : parent.labels()) {
                out.add(new ParentLabel(label, spaced(FoldedText.fold(label)), label.equals(label.toUpperCase(java.util.Locale.ROOT))));
            }
            return List.copyOf(out);
        }
    }

    /** {@code s} with each run of white space and hyphens ({@code [\\s\\-]+}) as one space. */
    static String spaced(String s) {
        return WhiteSpace.collapse(s, c -> c == '-' || WhiteSpace.space((char) c));
    }

    /** Whether {@code written} holds a linker, a space and {@code name}, as whole words. */
    private boolean linkedIn(String written, String name) {
        if (!written.contains(name)) {
            return false; // every needle ends with the name: most labels are not in the words, and no needle is built
        }
        for (String linker : linkers) {
            String needle = linker + " " + name;
            for (int i = written.indexOf(needle); i >= 0; i = written.indexOf(needle, i + 1)) {
                int end = i + needle.length();
                if ((i == 0 || !wordChar(written.charAt(i - 1))) && (end == written.length() || !wordChar(written.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A letter or a number ({@code \\p{L}}, {@code \\p{N}}). */
    private static boolean wordChar(char c) {
        return Character.isLetter(c) || Character.isDigit(c) || Character.getType(c) == Character.LETTER_NUMBER
                || Character.getType(c) == Character.OTHER_NUMBER;
    }

    /**
     * Whether a place's or a state's name stands inside a person's name; a state only where an honorific, a title or a
     * signature introduces the person ("Mr. Jordan Ryan"): elsewhere a state ends a name before it.
     */
    private static boolean insidePerson(Span span, List<PersonNames.Person> named, EntityKind kind) {
        for (PersonNames.Person p : named) {
            boolean strong = p.cue() == PersonNames.Cue.HONORIFIC || p.cue() == PersonNames.Cue.TITLE
                    || p.cue() == PersonNames.Cue.SIGNED;
            if (!p.solid()) {
                continue;
            }
            if ((kind == EntityKind.PLACE || strong) && p.span().start() <= span.start() && span.end() <= p.span().end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is the signatory's, written there with an honorific. */
    private static boolean signed(LetterFacts out, String label) {
        String folded = FoldedText.fold(label);
        return out.signatories().stream().anyMatch(sig -> {
            String name = FoldedText.fold(sig.name());
            return name.contains(folded) || folded.contains(name);
        });
    }
}
