package org.unkg.extract.subject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unkg.extract.core.CatalogEntry;
import org.unkg.extract.core.ConceptIndex;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Partner;
import org.unkg.model.Span;

/**
 * The concepts a letter is about for what it reports rather than for the words it uses ({@code subjects/reported.tsv}):
 * a sentence reporting that a UN office cooperates with a regional organization ("UNOWA has worked closely with
 * ECOWAS", "سيعمل المركز بالتعاون الوثيق مع منظمة شنغهاي للتعاون") is evidence for COOPERATION BETWEEN
 * ORGANIZATIONS, and so is a regional organization among an office's mandated partners. A report is a sentence with a
 * cue of its kind and a party of each of its kinds, told apart by the catalog (an entry's class, the body it belongs
 * to) or by a thesaurus label naming such parties ("regional organizations"); the bodies the letter is about stand in
 * every sentence. Immutable; reports are found per letter with {@link #find}.
 */
final class ReportedConcepts {
    /** One report: its concept, its weight, where it starts (folded offset) and the words that make it. */
    record Occurrence(String concept, double weight, int at, List<Span> spans) {}

    /** Who may stand on one side of a relation. */
    private record PartySet(Set<String> classes, Set<String> concepts, Set<String> within, Set<String> outside) {}

    private record Report(String concept, double weight, String cues, List<String> parties) {}

    private record PartnerRule(String concept, double weight, String party) {}

    private static final String FILE = "subjects/reported.tsv";
    private final Gazetteer gazetteer;
    private final Map<String, PhraseMatcher<String>> cues = new HashMap<>();
    private final Map<String, PartySet> parties = new HashMap<>();
    private final List<Report> reports = new ArrayList<>();
    private final List<PartnerRule> partners = new ArrayList<>();
    private final Set<String> actors = new HashSet<>();

    /** The rules of {@code context} ({@code subjects/reported.tsv}; none when absent), concepts checked in {@code concepts}. */
    ReportedConcepts(ExtractionContext context, ConceptIndex concepts) {
        this.gazetteer = context.gazetteer();
        Map<String, Map<String, String>> phrases = new HashMap<>();
        Map<String, Set<String>[]> sets = new LinkedHashMap<>();
        for (String[] row : context.rules().rowsIfPresent(FILE)) {
            String kind = row[0].strip();
            switch (kind) {
                case "cue" -> {
                    need(row, 4);
                    phrases.computeIfAbsent(row[1].strip(), k -> new LinkedHashMap<>()).put(row[3].strip(), row[2].strip());
                }
                case "party" -> {
                    need(row, 3);
                    String member = row[2].strip();
                    int colon = member.indexOf(':');
                    Set<String>[] set = sets.computeIfAbsent(row[1].strip(), k -> newSets());
                    String value = member.substring(colon + 1);
                    switch (colon < 0 ? "" : member.substring(0, colon)) {
                        case "class" -> set[0].add(value);
                        case "concept" -> set[1].add(concept(concepts, value));
                        case "within" -> set[2].add(value);
                        case "outside" -> set[3].add(value);
                        default -> throw new IllegalArgumentException(FILE + ": unknown party member '" + member + "'");
                    }
                }
                case "actor" -> {
                    need(row, 2);
                    String member = row[1].strip();
                    if (!member.startsWith("class:")) {
                        throw new IllegalArgumentException(FILE + ": an actor is a class:CLASS, not '" + member + "'");
                    }
                    actors.add(member.substring("class:".length()));
                }
                case "report" -> {
                    need(row, 5);
                    List<String> ps = new ArrayList<>();
                    for (int i = 4; i < row.length; i++) {
                        ps.add(row[i].strip());
                    }
                    reports.add(new Report(concept(concepts, row[1].strip()), Double.parseDouble(row[2].strip()), row[3].strip(), List.copyOf(ps)));
                }
                case "partner" -> {
                    need(row, 4);
                    partners.add(new PartnerRule(concept(concepts, row[1].strip()), Double.parseDouble(row[2].strip()), row[3].strip()));
                }
                default -> throw new IllegalArgumentException(FILE + ": unknown row kind '" + kind + "'");
            }
        }
        sets.forEach((name, s) -> parties.put(name, new PartySet(Set.copyOf(s[0]), Set.copyOf(s[1]), Set.copyOf(s[2]), Set.copyOf(s[3]))));
        for (Report r : reports) {
            r.parties().forEach(this::partySet);
        }
        partners.forEach(p -> partySet(p.party()));
        phrases.forEach((lang, map) -> cues.put(lang, new PhraseMatcher<>(map)));
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSets() {
        return new Set[] {new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>()};
    }

    private static void need(String[] row, int columns) {
        if (row.length < columns) {
            throw new IllegalArgumentException(FILE + ": a '" + row[0].strip() + "' row needs " + columns + " columns: " + String.join("\t", row));
        }
    }

    private static String concept(ConceptIndex concepts, String notation) {
        String iri = concepts.iri(notation);
        if (!concepts.has(iri)) {
            throw new IllegalArgumentException(FILE + ": no concept " + notation + " in the thesaurus");
        }
        return iri;
    }

    private PartySet partySet(String name) {
        PartySet s = parties.get(name);
        if (s == null) {
            throw new IllegalArgumentException(FILE + ": no party set '" + name + "'");
        }
        return s;
    }

    /**
     * The reports of {@code letter}: {@code hits} are the thesaurus labels found in its (folded) text, {@code skipped}
     * the spans not read (who writes, to whom), {@code from} the folded offset reading starts at (after the
     * {@code %%%} line), {@code about} the keys of the bodies the letter is about.
     */
    List<Occurrence> find(LetterAnalysis letter, LetterFacts out, List<ConceptIndex.Hit> hits, List<Span> skipped, int from, Set<String> about) {
        List<Occurrence> found = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        PhraseMatcher<String> matcher = cues.get(letter.language());
        if (matcher != null && !reports.isEmpty()) {
            List<Mention> names = out.mentions().stream().filter(m -> m.key() != null && m.kind() == EntityKind.ORGANIZATION).toList();
            Set<String> present = new HashSet<>(about);
            for (Mention m : names) {
                if (!overlaps(m.span(), skipped) && actors.contains(local(m.key()))) {
                    present.add(m.key());
                }
            }
            for (PhraseMatcher.Hit<String> cue : letter.find(matcher, 0, letter.body().length())) {
                Span cueSpan = new Span(cue.start(), cue.end());
                int at = letter.folded(cue.start());
                if (at < from || within(cueSpan, names) || overlaps(cueSpan, skipped)) {
                    continue;
                }
                Sentence sentence = letter.sentenceAt(at);
                if (sentence == null) {
                    continue;
                }
                for (Report r : reports) {
                    if (!r.cues().equals(cue.value()) || !reported.add(r.concept() + "@" + sentence.start())) {
                        continue;
                    }
                    List<Span> evidence = parties(r, sentence, letter, names, hits, skipped, present);
                    if (evidence == null) {
                        reported.remove(r.concept() + "@" + sentence.start());
                        continue;
                    }
                    evidence.add(0, cueSpan);
                    found.add(new Occurrence(r.concept(), r.weight(), at, List.copyOf(evidence)));
                }
            }
        }
        for (Partner p : out.partners()) {
            for (PartnerRule rule : partners) {
                int at = letter.folded(p.span().start());
                // a partner in a sentence already read as a report of the same concept is that report
                if (p.partner() != null && entityIn(p.partner(), parties.get(rule.party())) && at >= from
                        && reported.add(rule.concept() + "@" + letter.sentenceAt(at).start())) {
                    found.add(new Occurrence(rule.concept(), rule.weight(), letter.folded(p.span().start()), List.of(p.span())));
                }
            }
        }
        return found;
    }

    /**
     * The spans of distinct parties, one of each of {@code r}'s sets, named in {@code sentence} (a body the letter is
     * about counts as named, without a span); null when a set has none.
     */
    private List<Span> parties(Report r, Sentence sentence, LetterAnalysis letter, List<Mention> names, List<ConceptIndex.Hit> hits,
            List<Span> skipped, Set<String> about) {
        List<Span> spans = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String setName : r.parties()) {
            PartySet set = parties.get(setName);
            boolean found = false;
            for (Mention m : names) {
                int at = letter.folded(m.span().start());
                if (at >= sentence.start() && at < sentence.end() && !overlaps(m.span(), skipped) && !used.contains(m.key())
                        && entityIn(m.key(), set)) {
                    used.add(m.key());
                    spans.add(m.span());
                    found = true;
                    break;
                }
            }
            for (int i = 0; !found && i < hits.size(); i++) {
                ConceptIndex.Hit h = hits.get(i);
                if (h.start() >= sentence.start() && h.start() < sentence.end() && set.concepts().contains(h.concept())
                        && used.add(h.concept())) {
                    spans.add(letter.span(h.start(), h.end()));
                    found = true;
                }
            }
            if (!found) {
                for (String key : about) {
                    if (!used.contains(key) && entityIn(key, set)) {
                        used.add(key);
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                return null;
            }
        }
        return spans;
    }

    /** Whether the catalog organization {@code key} may stand in {@code set}. */
    private boolean entityIn(String key, PartySet set) {
        Optional<CatalogEntry> entry = gazetteer.entry(key).filter(e -> e.kind() == EntityKind.ORGANIZATION);
        if (entry.isEmpty()) {
            return false;
        }
        if (set.classes().isEmpty() && set.within().isEmpty()) {
            return false; // a set of concepts only
        }
        if (!set.classes().isEmpty() && !set.classes().contains(local(key))) {
            return false;
        }
        for (String root : set.within()) {
            if (!under(key, root)) {
                return false;
            }
        }
        for (String root : set.outside()) {
            if (under(key, root)) {
                return false;
            }
        }
        return true;
    }

    /** The local name of the class of the catalog organization {@code key} ("" when it has none). */
    private String local(String key) {
        String type = gazetteer.entry(key).filter(e -> e.kind() == EntityKind.ORGANIZATION).map(CatalogEntry::type).orElse(null);
        return type == null ? "" : type.substring(Math.max(type.lastIndexOf('#'), type.lastIndexOf('/')) + 1);
    }

    /** Whether {@code key} is {@code root} or a body under it in the catalog. */
    private boolean under(String key, String root) {
        String k = key;
        for (int depth = 0; k != null && depth < 12; depth++) {
            if (k.equals(root)) {
                return true;
            }
            k = gazetteer.entry(k).map(CatalogEntry::parent).orElse(null);
        }
        return false;
    }

    private static boolean within(Span s, List<Mention> names) {
        for (Mention m : names) {
            if (m.span().start() <= s.start() && s.end() <= m.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Span s, List<Span> spans) {
        for (Span o : spans) {
            if (s.start() < o.end() && o.start() < s.end()) {
                return true;
            }
        }
        return false;
    }
}
