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

    private final DatasetGraph dsg;

    private DifferenceRows(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    private static Node unkg(String local) {
        return NodeFactory.createURI(Vocab.UNKG + local);
    }

    /** The rows of every document with two or more versions, by document (in the caller's transaction). */
    static Map<Node, TreeSet<String>> all(DatasetGraph dsg) {
        DifferenceRows r = new DifferenceRows(dsg);
        Map<Node, TreeSet<String>> out = new HashMap<>();
        r.find(Node.ANY, VERSION_COUNT, Node.ANY).forEach(q -> r.add(q.getSubject(), q.getObject(), out));
        return out;
    }

    /** The rows of {@code documents} (those of them with two or more versions), by document. */
    static Map<Node, TreeSet<String>> of(DatasetGraph dsg, Collection<Node> documents) {
        DifferenceRows r = new DifferenceRows(dsg);
        Map<Node, TreeSet<String>> out = new HashMap<>();
        for (Node d : documents) {
            for (Node versions : r.objects(d, VERSION_COUNT)) {
                r.add(d, versions, out);
            }
        }
        return out;
    }

    /** Distinct triples of the union of the named graphs matching the pattern, as quads of one of their graphs. */
    private List<Quad> find(Node s, Node p, Node o) {
        Map<org.apache.jena.graph.Triple, Quad> distinct = new java.util.LinkedHashMap<>();
        dsg.findNG(Node.ANY, s, p, o).forEachRemaining(q -> distinct.putIfAbsent(q.asTriple(), q));
        return new ArrayList<>(distinct.values());
    }

    /** The distinct objects of {@code s p} in the union of the named graphs. */
    private Set<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.findNG(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The facts a document's versions state, by field and value: the versions stating each and their files. */
    private static final class Group {
        final Set<Node> letters = new LinkedHashSet<>();
        final Set<Node> sources = new LinkedHashSet<>();
    }

    /** Adds the rows of document {@code d} with {@code versions} versions (the literal {@code unkg:versionCount}). */
    private void add(Node d, Node versions, Map<Node, TreeSet<String>> out) {
        BigDecimal count = number(versions);
        if (count == null) {
            return;
        }
        Map<List<String>, Group> groups = new java.util.LinkedHashMap<>();
        for (Node letter : objects(d, VERSION)) {
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
        dsg.findNG(Node.ANY, Node.ANY, DERIVED_FROM, letter).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node event = q.getSubject();
            List<Node> types = objectsIn(g, event, EVENT_TYPE);
            List<Node> concerns = objectsIn(g, event, CONCERNS);
            List<Node> dates = objectsIn(g, event, EVENT_DATE);
            for (Node type : types) {
                for (Node x : concerns) {
                    for (Node when : dates) {
                        java.util.Optional<String> t = value(type);
                        java.util.Optional<String> c = afterLastSlash(x);
                        java.util.Optional<String> w = value(when);
                        if (t.isPresent() && c.isPresent() && w.isPresent()) {
                            facts.add(List.of("events", t.get() + " " + c.get() + " " + w.get()));
                        }
                    }
                }
            }
        });
    }

    private List<Node> objectsIn(Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }
}
