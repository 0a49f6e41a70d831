package org.unkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.unkg.graph.Vocab;

/**
 * The summary graph: figures that pages and queries would otherwise aggregate over every letter, computed
 * once when the letters have landed. For each resource the letters mention (bodies, states, persons,
 * places): in how many letters ({@code unkg:letterCount}), the dates of the first and the last of them
 * ({@code unkg:firstLetterDate}, {@code unkg:lastLetterDate}), and for each resource events concern, how
 * many events ({@code unkg:eventCount}); the {@value #LATEST} latest letters that mention it
 * ({@code unkg:latestLetter}); for each document with two or more language versions, its versions
 * ({@code unkg:version}) and their number ({@code unkg:versionCount}); the letters by month ({@link LetterMonths});
 * the facts a document's versions disagree on ({@link DocumentDifferences}); a body's events and mandates in pages
 * ({@link BodyPages}); per mentioned resource, the concepts indexed on its letters ({@link MentionSubjects}); per
 * concept and year, the letters about it or a narrower concept ({@link SubjectYears}).
 *
 * <p>{@link #write} computes the whole graph after a build; {@link #update} recomputes only the resources and
 * documents the letters an update added, replaced or removed touch ({@link Touched}), each with the same function
 * as the whole computation, so an updated database's summaries are those a full build gives. Both read the quads
 * through TDB2's indexes (no SPARQL), over all graphs as the union default graph would.
 */
public final class Summaries {
    /** The named graph holding the summaries. */
    public static final String GRAPH = Vocab.GRAPH + "summary";

    /** How many of a resource's latest letters {@code unkg:latestLetter} lists. */
    public static final int LATEST = 20;

    private static final Node G = NodeFactory.createURI(GRAPH);
    private static final Node MENTIONS = uri(Vocab.UNKG + "mentions");
    private static final Node CONCERNS = uri(Vocab.UNKG + "concerns");
    private static final Node OF = uri(Vocab.UNKG + "of");
    private static final Node EVENT_DATE = uri(Vocab.UNKG + "date");
    private static final Node EVENT_TYPE = uri(Vocab.UNKG + "eventType");
    private static final Node IS_VERSION_OF = uri(Vocab.UNKG + "isVersionOf");
    private static final Node SAME_DOCUMENT_AS = uri(Vocab.UNKG + "sameDocumentAs");
    private static final Node LETTER = uri(Vocab.UNKG + "Letter");
    private static final Node DATE = uri("http://purl.org/dc/terms/date");
    private static final Node LETTER_COUNT = uri(Vocab.UNKG + "letterCount");
    private static final Node FIRST_DATE = uri(Vocab.UNKG + "firstLetterDate");
    private static final Node LAST_DATE = uri(Vocab.UNKG + "lastLetterDate");
    private static final Node LATEST_LETTER = uri(Vocab.UNKG + "latestLetter");
    private static final Node EVENT_COUNT = uri(Vocab.UNKG + "eventCount");
    private static final Node VERSION_COUNT = uri(Vocab.UNKG + "versionCount");
    private static final Node VERSION = uri(Vocab.UNKG + "version");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Summaries.class);

    private Summaries() {}

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * What the letters an update adds, replaces or removes touch: the resources they mention, the resources their
     * events concern, the documents they are versions of (or name as the same document) and the letters themselves;
     * for each mentioned resource, which letters mentioned it before and which do after, with their dates. Fed every
     * quad of the letter graphs dropped ({@link #removed}) and of those added ({@link #added}).
     */
    static final class Touched {
        final Set<Node> mentioned = new HashSet<>();
        final Set<Node> concerned = new HashSet<>();
        /** The resources the mandates of the letters are of ({@code unkg:of}): their pages change ({@link BodyPages}). */
        final Set<Node> mandated = new HashSet<>();
        /** Per resource, the events whose {@code unkg:concerns} quads of it were dropped or added. */
        final Map<Node, Set<Node>> eventsOf = new HashMap<>();
        /** Per resource, the mandates whose {@code unkg:of} quads of it were dropped or added. */
        final Map<Node, Set<Node>> mandatesOf = new HashMap<>();
        /** The events whose date or type quads were dropped or added: they may move in their bodies' pages. */
        final Set<Node> rekeyed = new HashSet<>();
        /** The index rows and mentions of the letters, for the subject counts ({@link MentionSubjects}). */
        final MentionSubjects.Recorder subjects = new MentionSubjects.Recorder();
        /** The letters and the quads of the dropped ones that the subject-year rows depend on ({@link SubjectYears}). */
        final SubjectYears.Recorder subjectYears = new SubjectYears.Recorder();
        final Set<Node> documents = new HashSet<>();
        final Set<Node> letters = new HashSet<>();
        final Map<Node, Set<Node>> mentionedBefore = new HashMap<>();
        final Map<Node, Set<Node>> mentionedAfter = new HashMap<>();
        final Map<Node, List<Node>> datesBefore = new HashMap<>();
        final Map<Node, List<Node>> datesAfter = new HashMap<>();
        final LetterMonths.Recorder months = new LetterMonths.Recorder();
        final Map<Triple, Set<Node>> namesBefore = new HashMap<>();
        final Map<Triple, Set<Node>> namesAfter = new HashMap<>();

        /** Notes what {@code q}, a quad of a letter graph being dropped, touched. */
        void removed(Quad q) {
            DocumentDifferences.note(q, namesBefore);
            record(q, mentionedBefore, datesBefore);
            subjects.removed(q);
            subjectYears.removed(q);
            months.removed(q);
        }

        /** Notes what {@code q}, a quad of a letter graph being added, touches. */
        void added(Quad q) {
            DocumentDifferences.note(q, namesAfter);
            record(q, mentionedAfter, datesAfter);
            subjects.added(q);
            subjectYears.added(q);
            months.added(q);
        }

        private void record(Quad q, Map<Node, Set<Node>> mentions, Map<Node, List<Node>> dates) {
            Node p = q.getPredicate();
            if (p.equals(MENTIONS)) {
                mentioned.add(q.getObject());
                letters.add(q.getSubject());
                mentions.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
            } else if (p.equals(DATE) && q.getObject().isLiteral()) {
                List<Node> ds = dates.computeIfAbsent(q.getSubject(), k -> new ArrayList<>());
                if (!ds.contains(q.getObject())) {
                    ds.add(q.getObject());
                }
            } else if (p.equals(CONCERNS)) {
                concerned.add(q.getObject());
                eventsOf.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
            } else if (p.equals(OF)) {
                mandated.add(q.getObject());
                mandatesOf.computeIfAbsent(q.getObject(), k -> new HashSet<>()).add(q.getSubject());
            } else if (p.equals(EVENT_DATE) || p.equals(EVENT_TYPE)) {
                rekeyed.add(q.getSubject());
            } else if (p.equals(IS_VERSION_OF)) {
                documents.add(q.getObject());
                letters.add(q.getSubject());
            } else if (p.equals(SAME_DOCUMENT_AS)) {
                documents.add(q.getObject());
                documents.add(q.getSubject());
            }
        }
    }

    /**
     * What the summaries need from each graph, taken from the graphs as a build streams them into the loader, so no
     * summary is read back from the store: {@link #shared} with each other graph and {@link #letter} with each letter
     * graph, then {@link #beforeLoad}. What it keeps is per resource, month and concept (and the symbols of the subject
     * rows); for the versions two nodes per letter; per body its events and mandates, per event its least date and type
     * ({@link BodyPages.Tally}); for the document differences a few strings and nodes per letter, party and person
     * ({@link DifferenceRows.Notes}). The result is what {@link #write(DatasetGraph)} computes from the store.
     */
    public static final class Feed {
        private final Map<Node, Mentioned> mentioned = new HashMap<>();
        private final LetterMonths.Tally months = new LetterMonths.Tally();
        private final MentionSubjects.Tally subjects = new MentionSubjects.Tally();
        private final SubjectYears.Tally subjectYears = new SubjectYears.Tally();
        private final Versions versions = new Versions();
        private final BodyPages.Tally pages = new BodyPages.Tally();
        private final DifferenceRows.Notes differences = new DifferenceRows.Notes();

        /**
         * Notes a graph other than a letter's on its way into the store (catalog, ontology, thesaurus, build): the
         * versions read every graph's {@code unkg:isVersionOf}, {@code unkg:sameDocumentAs} and letter types.
         */
        public void shared(Graph g) {
            versions.graph(g);
            pages.graph(g);
            differences.graph(g);
        }

        /** Notes a letter graph on its way into the store. */
        public void letter(Graph g) {
            versions.graph(g);
            pages.graph(g);
            differences.graph(g);
            Map<Node, List<Node>> dates = new HashMap<>();
            g.find(Node.ANY, MENTIONS, Node.ANY).forEachRemaining(t -> {
                List<Node> ds = dates.computeIfAbsent(t.getSubject(), l -> {
                    Set<Node> out = new LinkedHashSet<>();
                    g.find(l, DATE, Node.ANY).forEachRemaining(d -> {
                        if (d.getObject().isLiteral()) {
                            out.add(d.getObject());
                        }
                    });
                    return new ArrayList<>(out);
                });
                mentioned.computeIfAbsent(t.getObject(), x -> new Mentioned()).add(t.getSubject(), ds);
            });
            months.letter(g);
            subjects.letter(g);
            subjectYears.letter(g);
        }
    }

    /**
     * The versions of documents while graphs pass ({@link #first} computes them from the store): what states
     * {@code unkg:isVersionOf} which document, which resources are letters, and which resources name a document the
     * same as another ({@code unkg:sameDocumentAs}). It keeps two nodes per letter (its IRI, and its document's).
     */
    private static final class Versions {
        /** Per document, the resources stating they are a version of it, in the order they came. */
        private final Map<Node, Set<Node>> statedBy = new HashMap<>();
        private final Set<Node> letters = new HashSet<>();
        /** Per document {@code d}, the resources {@code s} of {@code s unkg:sameDocumentAs d}. */
        private final Map<Node, Set<Node>> same = new HashMap<>();

        void graph(Graph g) {
            g.find(Node.ANY, IS_VERSION_OF, Node.ANY).forEachRemaining(t ->
                    statedBy.computeIfAbsent(t.getObject(), d -> new LinkedHashSet<>()).add(t.getSubject()));
            g.find(Node.ANY, RDF.type.asNode(), LETTER).forEachRemaining(t -> letters.add(t.getSubject()));
            g.find(Node.ANY, SAME_DOCUMENT_AS, Node.ANY).forEachRemaining(t ->
                    same.computeIfAbsent(t.getObject(), d -> new HashSet<>()).add(t.getSubject()));
        }

        /**
         * The versions of every document with two or more, by document (the letters stating they are a version of it
         * or of the one document named the same), as {@link #first} finds them in the store.
         */
        Map<Node, Set<Node>> groups() {
            Map<Node, Set<Node>> groups = new HashMap<>();
            statedBy.forEach((d, stating) -> {
                Set<Node> named = same.getOrDefault(d, Set.of());
                Node key = named.size() == 1 ? named.iterator().next() : d;
                for (Node s : stating) {
                    if (letters.contains(s)) {
                        groups.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s);
                    }
                }
            });
            groups.values().removeIf(ls -> ls.size() < 2);
            return groups;
        }
    }

    /** A resource's mention summary while letters pass: its letters, first and last dates, latest letters. */
    private static final class Mentioned {
        long letters;
        Node first;
        Node last;
        final TreeSet<Dated> latest = new TreeSet<>();

        void add(Node l, List<Node> dates) {
            letters++;
            if (dates.isEmpty()) {
                latest.add(new Dated(null, l));
            }
            for (Node d : dates) {
                first = earlier(first, d);
                last = later(last, d);
                latest.add(new Dated(d.getLiteralLexicalForm(), l));
            }
            while (latest.size() > LATEST) {
                latest.pollLast();
            }
        }
    }

    /**
     * Replaces the summary graph of {@code ds} by one computed from its letters; the caller holds a write
     * transaction.
     */
    public static void write(Dataset ds) {
        write(ds.asDatasetGraph());
    }

    /**
     * The summaries a build computes from {@code feed} alone, before its load ends, so their quads go into the bulk
     * load with the letters' instead of being inserted one by one into the loaded indexes, and nothing is read back
     * from the store after the load: the mentions, the versions, the event counts, the body pages, the document
     * differences, the months, the subject counts and the subject years (whose concept labels and hierarchy come from
     * {@code shared}, the graphs other than the letters' by name: the catalog, ontology and thesaurus graphs the build
     * loads). Returns the summary graph's triples, in memory (a few per resource, page, document, month and concept);
     * they are what {@link #write(DatasetGraph)} computes.
     */
    public static Graph beforeLoad(Feed feed, Map<String, Graph> shared) {
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        shared.forEach((name, g) -> mem.addGraph(uri(name), g));
        Graph out = GraphFactory.createDefaultGraph();
        mem.addGraph(G, out);
        Timings t = new Timings();
        feed.mentioned.forEach((x, m) -> writeMentions(mem, x, m.letters, m.first, m.last, m.latest));
        t.end("mentions");
        Map<Node, Set<Node>> versions = feed.versions.groups();
        versions.forEach((k, ls) -> addVersions(mem, k, ls));
        t.end("versions");
        feed.pages.eventCounts().forEach((x, n) -> mem.add(G, x, EVENT_COUNT,
                NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger)));
        t.end("events");
        feed.pages.write(out);
        t.end("body pages");
        DocumentDifferences.write(mem, feed.differences.rows(versions));
        t.end("differences");
        feed.months.write(mem);
        t.end("months");
        feed.subjects.write(mem);
        t.end("subject counts");
        feed.subjectYears.write(mem);
        t.end("subject years");
        LOG.info("summaries computed while loading ({} quads): {}", out.size(), t);
        return out;
    }

    /**
     * Records beside the loaded database {@code ds} the label groups {@link #beforeLoad} computed from {@code feed}
     * (see {@code SubjectYears}), so that the first update does not read every shared label again.
     */
    public static void recordLabelGroups(Feed feed, Dataset ds) {
        Txn.executeRead(ds, () -> feed.subjectYears.recordGroups(ds.asDatasetGraph()));
    }

    /**
     * Replaces the summary graph of the (not served) database at {@code db} by one computed from its letters, in one
     * write transaction ({@code build --summaries}).
     */
    public static void rewrite(java.nio.file.Path db) {
        Dataset ds = Tdb.open(db);
        try {
            Txn.executeWrite(ds, () -> write(ds));
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** Replaces the summary graph of {@code dsg} by one computed from its letters, in the caller's write transaction. */
    public static void write(DatasetGraph dsg) {
        Timings t = new Timings();
        first(dsg, t);
        DocumentDifferences.write(dsg);
        t.end("differences");
        rest(dsg, t);
        LOG.info("summaries written: {}", t);
    }

    /** The summaries the document differences read (mentions, versions), after emptying the summary graph. */
    private static void first(DatasetGraph dsg, Timings t) {
        dsg.deleteAny(G, Node.ANY, Node.ANY, Node.ANY);
        Map<Node, List<Node>> dates = new HashMap<>();
        Function<Node, List<Node>> datesOf = l -> dates.computeIfAbsent(l, k -> datesOf(dsg, k));
        for (Node x : distinctObjects(dsg, MENTIONS)) {
            mentions(dsg, x, datesOf);
        }
        t.end("mentions");
        Map<Node, Node> keys = new HashMap<>();
        Map<Node, Set<Node>> groups = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, IS_VERSION_OF, Node.ANY).forEachRemaining(q -> {
            if (isLetter(dsg, q.getSubject())) {
                Node key = keys.computeIfAbsent(q.getObject(), d -> documentKey(dsg, d));
                groups.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(q.getSubject());
            }
        });
        groups.forEach((k, letters) -> addVersions(dsg, k, letters));
        t.end("versions");
    }

    /** The summaries the document differences do not read: events, months, body pages, subject counts and years. */
    private static void rest(DatasetGraph dsg, Timings t) {
        for (Node x : distinctObjects(dsg, CONCERNS)) {
            events(dsg, x);
        }
        t.end("events");
        LetterMonths.write(dsg);
        t.end("months");
        BodyPages.write(dsg);
        t.end("body pages");
        MentionSubjects.write(dsg);
        t.end("subject counts");
        SubjectYears.write(dsg);
        t.end("subject years");
    }

    /** How long each summary took: wall time and the CPU time of the computing thread. */
    private static final class Timings {
        static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
        private final StringBuilder parts = new StringBuilder();
        private long start = System.nanoTime();
        private long cpu = CPU.getCurrentThreadCpuTime();

        void end(String summary) {
            long now = System.nanoTime();
            long cpuNow = CPU.getCurrentThreadCpuTime();
            long wall = (now - start) / 1_000_000;
            long used = (cpuNow - cpu) / 1_000_000;
            parts.append(parts.length() == 0 ? "" : ", ").append(summary).append(' ').append(wall).append(" ms");
            parts.append(" (CPU ").append(used).append(" ms)");
            start = now;
            cpu = cpuNow;
        }

        @Override
        public String toString() {
            return parts.toString();
        }
    }

    /**
     * Recomputes, in the caller's write transaction and after the letter graphs have changed, the summaries of what
     * {@code touched} names: the figures of each resource and document are computed as {@link #write} computes them.
     */
    static void update(DatasetGraph dsg, Touched touched) {
        Timings t = new Timings();
        // a frequent resource's letters are most of the corpus: each letter's dates are read once for all resources
        Map<Node, List<Node>> dates = new HashMap<>();
        Function<Node, List<Node>> datesOf = l -> dates.computeIfAbsent(l, k -> datesOf(dsg, k));
        for (Node x : touched.mentioned) {
            if (!adjustMentions(dsg, x, touched, datesOf)) {
                Set<Node> letters = distinctSubjects(dsg, MENTIONS, x);
                Mentioned m = new Mentioned();
                for (Node l : letters) {
                    m.add(l, datesOf.apply(l));
                }
                replaceMentions(dsg, x, letters.size(), m.first, m.last, m.latest);
            }
        }
        dates.clear();
        t.end("mentions of " + touched.mentioned.size() + " resources");
        // a body's events are counted with its pages, from the events the letters changed (BodyPages)
        Set<Node> bodies = new HashSet<>(touched.concerned);
        bodies.addAll(touched.mandated);
        Map<Node, Integer> eventCounts = BodyPages.update(dsg, bodies, touched.eventsOf, touched.mandatesOf, touched.rekeyed);
        eventCounts.forEach((x, n) -> setObjects(dsg, x, EVENT_COUNT,
                n > 0 ? List.of(NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger)) : List.of()));
        t.end("pages and events of " + eventCounts.size() + " bodies");
        // the groups to recompute: those the touched documents fall in now, and those their letters were listed in
        Set<Node> keys = new HashSet<>();
        Set<Node> letters = new HashSet<>(touched.letters);
        for (Node d : touched.documents) {
            keys.add(documentKey(dsg, d));
            dsg.find(Node.ANY, Node.ANY, IS_VERSION_OF, d).forEachRemaining(q -> letters.add(q.getSubject()));
        }
        for (Node l : letters) {
            dsg.find(G, Node.ANY, VERSION, l).forEachRemaining(q -> keys.add(q.getSubject()));
        }
        for (Node k : keys) {
            // a document whose versions stay keeps its quads
            Set<Node> versions = versionsOf(dsg, k);
            boolean listed = versions.size() >= 2;
            setObjects(dsg, k, VERSION_COUNT, listed
                    ? List.of(NodeFactory.createLiteral(Long.toString(versions.size()), XSDDatatype.XSDlong)) : List.of());
            setObjects(dsg, k, VERSION, listed ? versions : Set.of());
        }
        t.end("versions of " + keys.size() + " documents");
        LetterMonths.update(dsg, touched.months);
        t.end("months of " + touched.months.size() + " letters");
        int documents = DocumentDifferences.update(dsg, keys, touched.namesBefore, touched.namesAfter);
        t.end("differences of " + documents + " documents");
        MentionSubjects.update(dsg, touched.subjects);
        t.end("subject counts");
        int rows = SubjectYears.update(dsg, touched.subjectYears);
        t.end("subject years (" + rows + " rows)");
        LOG.info("summaries updated: {}", t);
    }

    /** The objects of every quad with predicate {@code p}, once each. */
    private static Set<Node> distinctObjects(DatasetGraph dsg, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The subjects of every quad {@code ?s p o}, once each. */
    private static Set<Node> distinctSubjects(DatasetGraph dsg, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** The dates ({@code dcterms:date} literals) a letter states, once each. */
    private static List<Node> datesOf(DatasetGraph dsg, Node letter) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, letter, DATE, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                out.add(q.getObject());
            }
        });
        return new ArrayList<>(out);
    }

    private static boolean isLetter(DatasetGraph dsg, Node n) {
        return dsg.find(Node.ANY, n, RDF.type.asNode(), LETTER).hasNext();
    }

    /** A letter with its date (null when it states none), ordered latest first, then by IRI. */
    private record Dated(String date, Node letter) implements Comparable<Dated> {
        @Override
        public int compareTo(Dated o) {
            int c = Comparator.<String>nullsLast(Comparator.reverseOrder()).compare(date, o.date);
            return c != 0 ? c : letter.toString().compareTo(o.letter.toString());
        }
    }

    /** letterCount, first/last letter dates and the latest letters of the resource {@code x}, added to the summaries. */
    private static void mentions(DatasetGraph dsg, Node x, Function<Node, List<Node>> datesOf) {
        Set<Node> letters = distinctSubjects(dsg, MENTIONS, x);
        if (letters.isEmpty()) {
            return;
        }
        Mentioned m = new Mentioned();
        for (Node l : letters) {
            m.add(l, datesOf.apply(l));
        }
        writeMentions(dsg, x, letters.size(), m.first, m.last, m.latest);
    }

    /**
     * Adjusts the mention summary of {@code x} by the letters that stopped and started mentioning it, without reading
     * its other letters, when that gives what {@link #mentions} would: no letter that stopped mentioning it was among
     * its latest letters or dated on its first or last date (then the latest letters are among the ones listed and the
     * ones added, the first and last dates the old ones or the added letters'). Returns false when it cannot.
     */
    private static boolean adjustMentions(DatasetGraph dsg, Node x, Touched touched, Function<Node, List<Node>> datesOf) {
        Node count = single(dsg, x, LETTER_COUNT);
        if (count == null) {
            return false;
        }
        Node first = single(dsg, x, FIRST_DATE);
        Node last = single(dsg, x, LAST_DATE);
        Set<Node> latestBefore = new LinkedHashSet<>();
        dsg.find(G, x, LATEST_LETTER, Node.ANY).forEachRemaining(q -> latestBefore.add(q.getObject()));
        Set<Node> before = touched.mentionedBefore.getOrDefault(x, Set.of());
        Set<Node> after = touched.mentionedAfter.getOrDefault(x, Set.of());
        for (Node l : before) {
            if (latestBefore.contains(l)) {
                return false;
            }
            for (Node d : touched.datesBefore.getOrDefault(l, List.of())) {
                String lex = d.getLiteralLexicalForm();
                if (first == null || last == null || lex.compareTo(first.getLiteralLexicalForm()) <= 0
                        || lex.compareTo(last.getLiteralLexicalForm()) >= 0) {
                    return false;
                }
            }
        }
        long letters = Long.parseLong(count.getLiteralLexicalForm()) - before.size() + after.size();
        TreeSet<Dated> latest = new TreeSet<>();
        java.util.function.BiConsumer<Node, List<Node>> row = (l, dates) -> {
            if (dates.isEmpty()) {
                latest.add(new Dated(null, l));
            }
            dates.forEach(d -> latest.add(new Dated(d.getLiteralLexicalForm(), l)));
        };
        latestBefore.forEach(l -> row.accept(l, datesOf.apply(l)));
        for (Node l : after) {
            List<Node> dates = touched.datesAfter.getOrDefault(l, List.of());
            row.accept(l, dates);
            for (Node d : dates) {
                first = earlier(first, d);
                last = later(last, d);
            }
        }
        while (latest.size() > LATEST) {
            latest.pollLast();
        }
        replaceMentions(dsg, x, letters, first, last, latest);
        return true;
    }

    /**
     * Makes the mention summary of {@code x} in the summary graph what {@link #writeMentions} writes on an empty one,
     * deleting only the quads that change and adding only the new ones: most of a resource's latest letters stay
     * when an update adds a few, and each quad deleted and added again costs six index updates twice.
     */
    private static void replaceMentions(DatasetGraph dsg, Node x, long letters, Node first, Node last, TreeSet<Dated> latest) {
        boolean any = letters > 0;
        setObjects(dsg, x, LETTER_COUNT, any ? List.of(NodeFactory.createLiteral(Long.toString(letters), XSDDatatype.XSDlong))
                : List.of());
        setObjects(dsg, x, FIRST_DATE, any && first != null ? List.of(first) : List.of());
        setObjects(dsg, x, LAST_DATE, any && first != null ? List.of(last) : List.of());
        Set<Node> listed = new LinkedHashSet<>();
        if (any) {
            latest.forEach(d -> listed.add(d.letter()));
        }
        setObjects(dsg, x, LATEST_LETTER, listed);
    }

    /** Makes the objects of {@code x p} in the summary graph exactly {@code objects} (unchanged quads are left alone). */
    private static void setObjects(DatasetGraph dsg, Node x, Node p, java.util.Collection<Node> objects) {
        List<Node> old = new ArrayList<>();
        dsg.find(G, x, p, Node.ANY).forEachRemaining(q -> old.add(q.getObject()));
        changeObjects(dsg, x, p, old, objects);
    }

    /**
     * Makes the objects of {@code x p} in the summary graph, known to be {@code old}, {@code objects}: deletes those no
     * longer there and adds the new ones.
     */
    static void changeObjects(DatasetGraph dsg, Node x, Node p, java.util.Collection<Node> old,
            java.util.Collection<Node> objects) {
        for (Node o : old) {
            if (!objects.contains(o)) {
                dsg.delete(G, x, p, o);
            }
        }
        for (Node o : objects) {
            if (!old.contains(o)) {
                dsg.add(G, x, p, o);
            }
        }
    }

    /** The one object of {@code x p ?o} in the summary graph, or null. */
    private static Node single(DatasetGraph dsg, Node x, Node p) {
        var it = dsg.find(G, x, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The earlier of two date literals (compared by lexical form, as xsd:date sorts); {@code a} may be null. */
    private static Node earlier(Node a, Node d) {
        return a == null || d.getLiteralLexicalForm().compareTo(a.getLiteralLexicalForm()) < 0 ? d : a;
    }

    /** The later of two date literals; {@code a} may be null. */
    private static Node later(Node a, Node d) {
        return a == null || d.getLiteralLexicalForm().compareTo(a.getLiteralLexicalForm()) > 0 ? d : a;
    }

    private static void writeMentions(DatasetGraph dsg, Node x, long letters, Node first, Node last, TreeSet<Dated> latest) {
        if (letters <= 0) {
            return;
        }
        dsg.add(G, x, LETTER_COUNT, NodeFactory.createLiteral(Long.toString(letters), XSDDatatype.XSDlong));
        if (first != null) {
            dsg.add(G, x, FIRST_DATE, first);
            dsg.add(G, x, LAST_DATE, last);
        }
        Set<Node> listed = new HashSet<>();
        for (Dated d : latest) {
            if (listed.add(d.letter())) {
                dsg.add(G, x, LATEST_LETTER, d.letter());
            }
        }
    }

    /** The number of distinct events that concern {@code x} ({@code unkg:eventCount}), added when there are any. */
    private static void events(DatasetGraph dsg, Node x) {
        int n = distinctSubjects(dsg, CONCERNS, x).size();
        if (n > 0) {
            dsg.add(G, x, EVENT_COUNT, NodeFactory.createLiteral(Integer.toString(n), XSDDatatype.XSDinteger));
        }
    }

    /**
     * The document whose versions a letter stating {@code d} ({@code unkg:isVersionOf}) is counted with: the one
     * document named the same as {@code d} ({@code ?s unkg:sameDocumentAs d}) when there is exactly one, else {@code d}.
     */
    private static Node documentKey(DatasetGraph dsg, Node d) {
        Set<Node> same = distinctSubjects(dsg, SAME_DOCUMENT_AS, d);
        return same.size() == 1 ? same.iterator().next() : d;
    }

    /** The letters counted as versions of the document {@code k} ({@link #documentKey} of what they state is {@code k}). */
    private static Set<Node> versionsOf(DatasetGraph dsg, Node k) {
        Set<Node> out = new LinkedHashSet<>();
        Set<Node> candidates = new LinkedHashSet<>();
        candidates.add(k);
        dsg.find(Node.ANY, k, SAME_DOCUMENT_AS, Node.ANY).forEachRemaining(q -> candidates.add(q.getObject()));
        for (Node d : candidates) {
            if (documentKey(dsg, d).equals(k)) {
                for (Node l : distinctSubjects(dsg, IS_VERSION_OF, d)) {
                    if (isLetter(dsg, l)) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    /** The versions of a document with two or more of them ({@code unkg:versionCount}, {@code unkg:version}). */
    private static void addVersions(DatasetGraph dsg, Node k, Set<Node> letters) {
        if (letters.size() >= 2) {
            dsg.add(G, k, VERSION_COUNT, NodeFactory.createLiteral(Long.toString(letters.size()), XSDDatatype.XSDlong));
            for (Node l : letters) {
                dsg.add(G, k, VERSION, l);
            }
        }
    }
}
