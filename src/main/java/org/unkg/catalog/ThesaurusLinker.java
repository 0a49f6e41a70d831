package org.unkg.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Matches the catalog's states, regions, continents and cities to the UNBIS Thesaurus by their labels, in English,
 * French and Arabic (preferred, alternative and hidden labels against the thesaurus's preferred labels, compared by
 * {@link Thesaurus#key}): an entry whose label names a geographic concept (one under the thesaurus's
 * geographic microthesauri, AFRICA to OCEANS AND SEAS) gets {@code skos:exactMatch} to it (Tajikistan → TAJIKISTAN,
 * Central Asia → CENTRAL ASIA, West Africa → WEST AFRICA); a state or region whose name heads a political issue of
 * the thesaurus (TAJIKISTAN SITUATION, HAITI QUESTION, MIDDLE EAST SITUATION) gets {@code skos:relatedMatch} to it.
 * Organizations whose name (not acronym) is the label of a concept that is no place (COMMONWEALTH OF INDEPENDENT
 * STATES) get {@code skos:exactMatch} too. The best label decides: preferred before alternative before hidden
 * labels (a hidden former name such as Serbia and Montenegro does not compete with Serbia), English and French
 * before Arabic. Two concepts named by equally good labels, or a concept named only by the Arabic label of an entry
 * that has an English one (عمان is Amman and Oman), are not decided: the entry goes to the check list. Links decided
 * by hand are taken as given. The result is deterministic: same catalog, same thesaurus, same links.
 */
public final class ThesaurusLinker {
    private static final String UNKG = "https://w3id.org/unkg/ontology#";
    private static final List<String> PLACE_TYPES = List.of("State", "Region", "Continent", "City");
    private static final List<String> LANGUAGES = List.of("en", "fr", "ar");
    /** The microthesauri of geographic descriptors: AFRICA, THE AMERICAS, ASIA, OCEANIA, EUROPE, POLAR REGIONS, OCEANS AND SEAS. */
    private static final String GEOGRAPHIC_PREFIX = "17";
    /** The microthesaurus of political events and issues, where situations and questions of countries sit. */
    private static final String ISSUES = Thesaurus.NAMESPACE + "010601";
    private static final List<String> ISSUE_WORDS = List.of("situation", "question");

    /** One link: the catalog entry, the property ({@code exactMatch} or {@code relatedMatch}) and the concept. */
    public record Link(String entry, String key, String kind, String property, String concept, String why) {}

    /** An entry no concept was found for, or one that is ambiguous, with why. */
    public record Unmatched(String entry, String key, String kind, String label, String why) {}

    /** The links found and the check list. */
    public record Result(List<Link> links, List<Unmatched> unmatched, Map<String, Integer> counts) {}

    private final Model catalog;
    private final Thesaurus thesaurus;
    private final Map<String, Map<String, List<String>>> byLanguageKey = new HashMap<>();
    private final Set<String> geographic = new LinkedHashSet<>();
    private final Map<String, String[]> byHand;

    /**
     * A linker of the {@code catalog} model to {@code thesaurus}; {@code byHand} maps an entry's key to the
     * notation of its concept and the property (exactMatch, relatedMatch) where labels cannot decide.
     */
    public ThesaurusLinker(Model catalog, Thesaurus thesaurus, Map<String, String[]> byHand) {
        this.catalog = catalog;
        this.thesaurus = thesaurus;
        this.byHand = byHand;
        for (Thesaurus.Concept c : thesaurus.concepts()) {
            if (c.category()) {
                continue;
            }
            for (Map.Entry<String, String> l : c.labels().entrySet()) {
                byLanguageKey.computeIfAbsent(l.getKey(), k -> new HashMap<>())
                        .computeIfAbsent(Thesaurus.key(l.getValue()), k -> new ArrayList<>()).add(c.iri());
            }
            if (underGeographic(c, 0)) {
                geographic.add(c.iri());
            }
        }
    }

    private boolean underGeographic(Thesaurus.Concept c, int depth) {
        for (String b : c.broader()) {
            Thesaurus.Concept bc = thesaurus.concept(b);
            if (bc == null) {
                continue;
            }
            if (bc.category() && bc.notation().startsWith(GEOGRAPHIC_PREFIX)) {
                return true;
            }
            if (depth < 16 && underGeographic(bc, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Links every state, region, continent, city and organization of the catalog it can. */
    public Result link() {
        List<Link> links = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        List<Resource> entries = new ArrayList<>(catalog.listSubjectsWithProperty(SKOS.notation).toList());
        entries.removeIf(r -> !r.isURIResource());
        entries.sort(Comparator.comparing(Resource::getURI));
        for (Resource r : entries) {
            String kind = kind(r);
            if (kind == null) {
                continue;
            }
            String key = r.getProperty(SKOS.notation).getString();
            counts.merge(kind, 1, Integer::sum);
            String[] hand = byHand.get(key);
            if (hand != null) {
                String concept = Thesaurus.NAMESPACE + hand[0];
                if (thesaurus.concept(concept) == null) {
                    throw new IllegalArgumentException("link by hand for " + key + ": no concept " + hand[0] + " in the thesaurus");
                }
                links.add(new Link(r.getURI(), key, kind, hand[1], concept, "by hand: " + (hand.length > 2 ? hand[2] : "")));
                counts.merge(kind + " linked", 1, Integer::sum);
                if (kind.equals("State") || kind.equals("Region")) {
                    issues(r, key, kind, links);
                }
                continue;
            }
            boolean place = !kind.equals("Organization");
            // each concept a label names, with the rank of the best label naming it: preferred labels before
            // alternative and hidden ones, English and French before Arabic (whose folded forms merge names such
            // as Amman and Oman)
            Map<String, Integer> rankOf = new LinkedHashMap<>();
            Map<String, String> byLabel = new HashMap<>();
            for (LabelOf l : labels(r)) {
                if (!place && l.text().equals(l.text().toUpperCase(java.util.Locale.ROOT))) {
                    continue; // an acronym (GUAM the organization is not Guam the island)
                }
                for (String c : byLanguageKey.getOrDefault(l.lang(), Map.of()).getOrDefault(Thesaurus.key(l.text()), List.of())) {
                    if (place != geographic.contains(c)) {
                        continue;
                    }
                    if (rankOf.getOrDefault(c, Integer.MAX_VALUE) > l.rank()) {
                        rankOf.put(c, l.rank());
                        byLabel.put(c, l.lang() + " \"" + l.text() + "\"");
                    }
                }
            }
            int best = rankOf.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
            List<String> chosen = rankOf.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
            boolean arabicOnly = best != Integer.MAX_VALUE && best % 3 == 2 && !labels(r, "en").isEmpty();
            if (chosen.size() == 1 && !arabicOnly) {
                links.add(new Link(r.getURI(), key, kind, "exactMatch", chosen.get(0), "label " + byLabel.get(chosen.get(0))));
                counts.merge(kind + " linked", 1, Integer::sum);
            } else if (chosen.size() > 1) {
                unmatched.add(new Unmatched(r.getURI(), key, kind, english(r), "its labels name several concepts: "
                        + describe(new LinkedHashSet<>(chosen))));
            } else if (arabicOnly) {
                unmatched.add(new Unmatched(r.getURI(), key, kind, english(r), "only its Arabic label names a concept: "
                        + describe(new LinkedHashSet<>(chosen))));
            } else if (place) {
                unmatched.add(new Unmatched(r.getURI(), key, kind, english(r), "no concept has its label"));
            }
            if (kind.equals("State") || kind.equals("Region")) {
                issues(r, key, kind, links);
            }
        }
        return new Result(links, unmatched, counts);
    }

    /** Links a state to the political issues named after it (TAJIKISTAN SITUATION, HAITI QUESTION). */
    private void issues(Resource r, String key, String kind, List<Link> links) {
        Set<String> names = new LinkedHashSet<>();
        for (String label : labels(r, "en")) {
            names.add(Thesaurus.key(label));
        }
        Map<String, List<String>> en = byLanguageKey.getOrDefault("en", Map.of());
        for (String name : names) {
            for (String word : ISSUE_WORDS) {
                for (String c : en.getOrDefault(name + " " + word, List.of())) {
                    if (thesaurus.concept(c).broader().contains(ISSUES)
                            && links.stream().noneMatch(l -> l.entry().equals(r.getURI()) && l.concept().equals(c))) {
                        links.add(new Link(r.getURI(), key, kind, "relatedMatch", c,
                                "issue named after it: \"" + thesaurus.concept(c).label("en") + "\""));
                    }
                }
            }
        }
    }

    private String describe(Set<String> concepts) {
        List<String> out = new ArrayList<>();
        for (String c : concepts) {
            Thesaurus.Concept tc = thesaurus.concept(c);
            out.add(tc.notation() + " " + tc.label("en"));
        }
        return String.join(", ", out);
    }

    private static String kind(Resource r) {
        for (Statement s : r.listProperties(RDF.type).toList()) {
            if (!s.getObject().isURIResource()) {
                continue;
            }
            String uri = s.getObject().asResource().getURI();
            for (String t : PLACE_TYPES) {
                if (uri.equals(UNKG + t)) {
                    return t;
                }
            }
        }
        return r.getURI().contains("/id/org/") ? "Organization" : null;
    }

    /** A label with its language and rank: 0-2 preferred (en, fr, ar), 3-5 alternative, 6-8 hidden. */
    private record LabelOf(String text, String lang, int rank) {}

    private List<LabelOf> labels(Resource r) {
        List<LabelOf> out = new ArrayList<>();
        List<Property> properties = List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel);
        for (int p = 0; p < properties.size(); p++) {
            for (int i = 0; i < LANGUAGES.size(); i++) {
                for (Statement s : r.listProperties(properties.get(p)).toList()) {
                    if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(LANGUAGES.get(i))) {
                        out.add(new LabelOf(s.getLiteral().getLexicalForm(), LANGUAGES.get(i), p * 3 + i));
                    }
                }
            }
        }
        return out;
    }

    private List<String> labels(Resource r, String lang) {
        List<String> out = new ArrayList<>();
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
            for (Statement s : r.listProperties(p).toList()) {
                if (s.getObject().isLiteral()) {
                    Literal l = s.getLiteral();
                    if (l.getLanguage().equals(lang)) {
                        out.add(l.getLexicalForm());
                    }
                }
            }
        }
        return out;
    }

    private static String english(Resource r) {
        for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals("en")) {
                return s.getLiteral().getLexicalForm();
            }
        }
        return r.getProperty(SKOS.notation).getString();
    }

    /** The links as Turtle, one block per entry, with the label or rule behind each as a comment. */
    public static String turtle(Result result, String header) {
        StringBuilder out = new StringBuilder();
        out.append(header);
        out.append("@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .\n");
        out.append("@prefix unbis: <").append(Thesaurus.NAMESPACE).append("> .\n");
        String last = null;
        for (Link l : result.links()) {
            if (!l.entry().equals(last)) {
                out.append('\n');
                last = l.entry();
            }
            out.append('<').append(l.entry()).append("> skos:").append(l.property()).append(" unbis:")
                    .append(l.concept().substring(Thesaurus.NAMESPACE.length())).append(" .  # ").append(l.why()).append('\n');
        }
        return out.toString();
    }
}
