package org.unkg.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.vocabulary.RDF;
import org.unkg.graph.Vocab;

/**
 * The rows of {@link DocumentDifferences} read straight from the store's indexes: for each document with two or more
 * versions, the facts its versions state (the same comparable strings as {@code differences.rq}: date, sender,
 * recipient, signatory, organizations mentioned, events), kept where fewer versions state a fact than the document
 * has. The query ran as a SPARQL group over every version of every document (11 s of CPU on a 20,000-letter build, the
 * longest of the summaries after the load); this reads each version's few triples by subject. Patterns over the
 * union of the named graphs read every named graph and keep distinct terms, as the query's union default graph does;
 * a value a term cannot give (the string of a blank node) is left out, as the query leaves such a row unbound.
 */
final class DifferenceRows {
    private static final Node VERSION_COUNT = unkg("versionCount");
    private static final Node VERSION = unkg("version");
    private static final Node SOURCE_FILE = unkg("sourceFile");
    private static final Node DATE = NodeFactory.createURI(Vocab.DCT + "date");
    private static final Node SENDER = unkg("sender");
    private static final Node RECIPIENT = unkg("recipient");
    private static final Node ROLE = unkg("role");
    private static final Node OF_STATE = unkg("ofState");
    private static final Node SIGNATORY = unkg("signatory");
    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private static final Node NAME = NodeFactory.createURI(Vocab.FOAF + "name");
    private static final Node MENTIONS = unkg("mentions");
    private static final Node BODY_OF_ORGANIZATION = unkg("BodyOfOrganization");
    private static final Node SUB_ORGANIZATION_OF = NodeFactory.createURI(Vocab.ORG + "subOrganizationOf");
    private static final Node DERIVED_FROM = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");
    private static final Node EVENT_TYPE = unkg("eventType");
    private static final Node CONCERNS = unkg("concerns");
    private static final Node EVENT_DATE = unkg("date");
    /** The query's REPLACE of everything up to the last slash: what follows the last slash of the first line. */
    private static final Pattern UP_TO_LAST_SLASH = Pattern.compile("^.*/");
    private static final String ROLE_PREFIX = "/id/role/";
    private static final String ORG_PART = "/id/org/";

    private final Source source;

    private DifferenceRows(Source source) {
        this.source = source;
    }

    /**
     * What the rows read of the graphs: the distinct objects of a subject and predicate over the union of the named
     * graphs, and the events derived from a letter as each graph stating so describes them. Read from the store
     * ({@link StoreSource}) or from notes taken while a build streams the graphs ({@link Notes}).
     */
    private interface Source {
        /** The distinct objects of {@code s p} in the union of the named graphs. */
        Set<Node> objects(Node s, Node p);

        /**
         * For each graph stating {@code e prov:wasDerivedFrom letter}, each combination of {@code e}'s event type,
         * concerned resource and date in that graph, as the row's value ({@code type concerned date}).
         */
        void events(Node letter, java.util.function.Consumer<String> values);
    }

    /** The rows' reads on the store's indexes, in the caller's transaction. */
    private record StoreSource(DatasetGraph dsg) implements Source {
        @Override
        public Set<Node> objects(Node s, Node p) {
            Set<Node> out = new LinkedHashSet<>();
            dsg.findNG(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            return out;
        }

        @Override
        public void events(Node letter, java.util.function.Consumer<String> values) {
            dsg.findNG(Node.ANY, Node.ANY, DERIVED_FROM, letter).forEachRemaining(q -> {
                Node g = q.getGraph();
                Node event = q.getSubject();
                eventValues(objectsIn(g, event, EVENT_TYPE), objectsIn(g, event, CONCERNS), objectsIn(g, event, EVENT_DATE),
                        values);
            });
        }

        private List<Node> objectsIn(Node g, Node s, Node p) {
            List<Node> out = new ArrayList<>();
            dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            return out;
        }
    }

    /** Each combination of an event's types, concerned resources and dates in one graph, as a row's value. */
    private static void eventValues(List<Node> types, List<Node> concerns, List<Node> dates,
            java.util.function.Consumer<String> values) {
        for (Node type : types) {
            for (Node x : concerns) {
                for (Node when : dates) {
                    java.util.Optional<String> t = value(type);
                    java.util.Optional<String> c = afterLastSlash(x);
                    java.util.Optional<String> w = value(when);
                    if (t.isPresent() && c.isPresent() && w.isPresent()) {
                        values.accept(t.get() + " " + c.get() + " " + w.get());
                    }
                }
            }
        }
    }

    /**
     * What the rows read, noted from each graph a build streams into the loader ({@link #graph}), so the rows of every
     * document are computed before the load ends ({@link #rows}) instead of read back from the store. Per letter it
     * keeps its files, dates, parties, signatories, mentioned organizations and the values of the events derived from
     * it; per party its roles and states; per resource its English labels, names, parent organizations and whether it
     * is a body of an organization: a few strings and nodes each, not the graphs.
     */
    static final class Notes implements Source {
        private static final Set<Node> NOTED = Set.of(SOURCE_FILE, DATE, SENDER, RECIPIENT, SIGNATORY, ROLE, OF_STATE,
                NAME, SUB_ORGANIZATION_OF);
        private final Map<Node, Map<Node, Set<Node>>> objects = new HashMap<>();
        private final Map<Node, Set<String>> events = new HashMap<>();
        private final Set<Node> bodiesOfOrganizations = new java.util.HashSet<>();

        /** Notes what the rows read of {@code g}, a graph on its way into the store. */
        void graph(org.apache.jena.graph.Graph g) {
            g.find().forEachRemaining(t -> {
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (NOTED.contains(p)
                        || p.equals(PREF_LABEL) && o.isLiteral() && NodeFunctions.langMatches(o.getLiteralLanguage(), "en")
                        || p.equals(MENTIONS) && value(o).filter(v -> v.contains(ORG_PART)).isPresent()) {
                    objects.computeIfAbsent(t.getSubject(), k -> new HashMap<>(4))
                            .computeIfAbsent(p, k -> new LinkedHashSet<>(2)).add(o);
                } else if (p.equals(RDF.Nodes.type) && o.equals(BODY_OF_ORGANIZATION)) {
                    bodiesOfOrganizations.add(t.getSubject());
                } else if (p.equals(DERIVED_FROM)) {
                    Set<String> values = events.computeIfAbsent(o, k -> new LinkedHashSet<>(2));
                    eventValues(objectsIn(g, t.getSubject(), EVENT_TYPE), objectsIn(g, t.getSubject(), CONCERNS),
                            objectsIn(g, t.getSubject(), EVENT_DATE), values::add);
                }
            });
        }

        private static List<Node> objectsIn(org.apache.jena.graph.Graph g, Node s, Node p) {
            List<Node> out = new ArrayList<>();
            g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            return out;
        }

        @Override
        public Set<Node> objects(Node s, Node p) {
            if (p.equals(RDF.Nodes.type)) {
                return bodiesOfOrganizations.contains(s) ? Set.of(BODY_OF_ORGANIZATION) : Set.of();
            }
            return objects.getOrDefault(s, Map.of()).getOrDefault(p, Set.of());
        }

        @Override
        public void events(Node letter, java.util.function.Consumer<String> values) {
            events.getOrDefault(letter, Set.of()).forEach(values);
        }

        /**
         * The rows of each document of {@code versions} (by document, its version letters, as the version summaries
         * list them: two or more), as {@link #all} reads them from the store once the graphs noted are stored.
         */
        Map<Node, TreeSet<String>> rows(Map<Node, Set<Node>> versions) {
            DifferenceRows r = new DifferenceRows(this);
            Map<Node, TreeSet<String>> out = new HashMap<>();
            versions.forEach((d, letters) -> r.add(d, BigDecimal.valueOf(letters.size()), letters, out));
            return out;
        }
    }

    private static Node unkg(String local) {
        return NodeFactory.createURI(Vocab.UNKG + local);
    }

    /** The rows of every document with two or more versions, by document (in the caller's transaction). */
    static Map<Node, TreeSet<String>> all(DatasetGraph dsg) {
        DifferenceRows r = new DifferenceRows(new StoreSource(dsg));
        Map<Node, TreeSet<String>> out = new HashMap<>();
        find(dsg, Node.ANY, VERSION_COUNT, Node.ANY).forEach(q -> r.add(q.getSubject(), q.getObject(), out));
        return out;
    }

    /** The rows of {@code documents} (those of them with two or more versions), by document. */
    static Map<Node, TreeSet<String>> of(DatasetGraph dsg, Collection<Node> documents) {
        DifferenceRows r = new DifferenceRows(new StoreSource(dsg));
        Map<Node, TreeSet<String>> out = new HashMap<>();
        for (Node d : documents) {
            for (Node versions : r.objects(d, VERSION_COUNT)) {
                r.add(d, versions, out);
            }
        }
        return out;
    }

    /** Distinct triples of the union of the named graphs matching the pattern, as quads of one of their graphs. */
    private static List<Quad> find(DatasetGraph dsg, Node s, Node p, Node o) {
        Map<org.apache.jena.graph.Triple, Quad> distinct = new java.util.LinkedHashMap<>();
        dsg.findNG(Node.ANY, s, p, o).forEachRemaining(q -> distinct.putIfAbsent(q.asTriple(), q));
        return new ArrayList<>(distinct.values());
    }

    /** The distinct objects of {@code s p} in the union of the named graphs. */
    private Set<Node> objects(Node s, Node p) {
        return source.objects(s, p);
    }

    /** The facts a document's versions state, by field and value: the versions stating each and their files. */
    private static final class Group {
        final Set<Node> letters = new LinkedHashSet<>();
        final Set<Node> sources = new LinkedHashSet<>();
    }

    /** Adds the rows of document {@code d} with {@code versions} versions (the literal {@code unkg:versionCount}). */
    private void add(Node d, Node versions, Map<Node, TreeSet<String>> out) {
        BigDecimal count = number(versions);
        if (count != null) {
            add(d, count, objects(d, VERSION), out);
        }
    }

    /** Adds the rows of document {@code d}, of {@code count} versions: the letters {@code versions}. */
    private void add(Node d, BigDecimal count, Set<Node> versions, Map<Node, TreeSet<String>> out) {
        Map<List<String>, Group> groups = new java.util.LinkedHashMap<>();
        for (Node letter : versions) {
            Set<Node> sources = objects(letter, SOURCE_FILE);
            if (sources.isEmpty()) {
                continue;
            }
            Set<List<String>> facts = new LinkedHashSet<>();
            for (Node date : objects(letter, DATE)) {
                value(date).ifPresent(v -> facts.add(List.of("date", v)));
            }
            parties(letter, SENDER, "sender", facts);
            parties(letter, RECIPIENT, "recipient", facts);
            signatories(letter, facts);
            organizations(letter, facts);
            events(letter, facts);
            for (List<String> fact : facts) {
                Group g = groups.computeIfAbsent(fact, k -> new Group());
                g.letters.add(letter);
                g.sources.addAll(sources);
            }
        }
        groups.forEach((fact, g) -> {
            if (BigDecimal.valueOf(g.letters.size()).compareTo(count) < 0) {
                out.computeIfAbsent(d, k -> new TreeSet<>()).add(DocumentDifferences.row(fact.get(0), fact.get(1), files(g.sources)));
            }
        });
    }

    /** The query's {@code GROUP_CONCAT(DISTINCT ?source)}, split back into files. */
    private static String[] files(Set<Node> sources) {
        List<String> parts = new ArrayList<>();
        for (Node s : sources) {
            value(s).ifPresent(parts::add);
        }
        return String.join(String.valueOf(DocumentDifferences.UNIT), parts).split(String.valueOf(DocumentDifferences.UNIT));
    }

    private static BigDecimal number(Node n) {
        if (!n.isLiteral()) {
            return null;
        }
        try {
            return new BigDecimal(n.getLiteralLexicalForm().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code STR(n)}, absent for a blank node (an error in SPARQL). */
    private static java.util.Optional<String> value(Node n) {
        if (n.isURI() || n.isLiteral()) {
            return java.util.Optional.of(NodeFunctions.str(n));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> afterLastSlash(Node n) {
        return value(n).map(s -> UP_TO_LAST_SLASH.matcher(s).replaceAll(""));
    }

    private void parties(Node letter, Node p, String field, Set<List<String>> facts) {
        for (Node party : objects(letter, p)) {
            Set<Node> states = objects(party, OF_STATE);
            for (Node role : objects(party, ROLE)) {
                java.util.Optional<String> r = value(role);
                if (r.isEmpty()) {
                    continue;
                }
                int at = r.get().indexOf(ROLE_PREFIX);
                String name = at < 0 ? "" : r.get().substring(at + ROLE_PREFIX.length());
                if (states.isEmpty()) {
                    facts.add(List.of(field, name));
                }
                for (Node state : states) {
                    facts.add(List.of(field, name + afterLastSlash(state).map(s -> " " + s).orElse("")));
                }
            }
        }
    }

    private void signatories(Node letter, Set<List<String>> facts) {
        for (Node person : objects(letter, SIGNATORY)) {
            List<Node> named = new ArrayList<>();
            for (Node label : objects(person, PREF_LABEL)) {
                if (label.isLiteral() && NodeFunctions.langMatches(label.getLiteralLanguage(), "en")) {
                    named.add(label);
                }
            }
            if (named.isEmpty()) {
                named.addAll(objects(person, NAME));
            }
            if (named.isEmpty()) {
                named.add(person);
            }
            for (Node n : named) {
                value(n).ifPresent(v -> facts.add(List.of("signatory", v)));
            }
        }
    }

    private void organizations(Node letter, Set<List<String>> facts) {
        for (Node o : objects(letter, MENTIONS)) {
            java.util.Optional<String> s = value(o);
            if (s.isEmpty() || !s.get().contains(ORG_PART)) {
                continue;
            }
            Set<Node> parents = objects(o, RDF.Nodes.type).contains(BODY_OF_ORGANIZATION)
                    ? objects(o, SUB_ORGANIZATION_OF) : Set.of();
            for (Node n : parents.isEmpty() ? Set.of(o) : parents) {
                afterLastSlash(n).ifPresent(v -> facts.add(List.of("organizations", v)));
            }
        }
    }

    private void events(Node letter, Set<List<String>> facts) {
        source.events(letter, v -> facts.add(List.of("events", v)));
    }
}
