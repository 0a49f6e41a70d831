package org.unkg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;

/**
 * Exports one JSON object per letter in the schema of the gold facts (see {@code ../shared/gold/README.md}),
 * built only from SPARQL queries in {@code queries/facts/} over the built graph. The letters come from
 * {@code facts/letters.rq} in source-file order; the other queries run for a batch of letters at a time
 * ({@code VALUES (?letter ?g)}, {@code ?g} the letter's own graph, so a pattern in {@code GRAPH ?g} reads one graph
 * through TDB2's graph-first indexes instead of matching across every letter), and each batch is written out and
 * forgotten: memory does not grow with the number of letters.
 */
public final class FactsExporter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> SET_FIELDS = List.of("organizations", "states", "persons", "places");
    private static final Var LETTER = Var.alloc("letter");
    /** The letter's own graph, bound beside {@code ?letter}: what a query reads in {@code GRAPH ?g} comes from it alone. */
    private static final Var GRAPH = Var.alloc("g");

    /** The facts of every letter in the dataset, ordered by source file (collected: for small datasets and tests). */
    public ArrayNode facts(Dataset ds) {
        ArrayNode out = JSON.arrayNode();
        Txn.executeRead(ds, () -> each(ds, out::add));
        return out;
    }

    /** Writes the facts as a pretty-printed JSON array, one letter at a time. */
    public void write(Dataset ds, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartArray();
            try {
                Txn.executeRead(ds, () -> each(ds, o -> {
                    try {
                        mapper.writeTree(gen, o);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            gen.writeEndArray();
        }
    }

    /** The queries, parsed once. */
    private static final class Queries {
        final Query letters = QueryLibrary.load("facts/letters.rq");
        final Query parties = QueryLibrary.load("facts/parties.rq");
        final Query signatories = QueryLibrary.load("facts/signatories.rq");
        final Query references = QueryLibrary.load("facts/references.rq");
        final Query subjects = QueryLibrary.load("facts/subjects.rq");
        final Query mentions = QueryLibrary.load("facts/mentions.rq");
        final Query events = QueryLibrary.load("facts/events.rq");
        final Query mandates = QueryLibrary.load("facts/mandates.rq");
        final Query memberships = QueryLibrary.load("facts/memberships.rq");
        final Query seats = QueryLibrary.load("facts/seats.rq");
    }

    /** Letters whose facts are read together: each query runs once per batch, its rows grouped by letter. */
    static final int BATCH = 256;

    /**
     * Hands each letter's facts to {@code sink}, in source-file order; the caller holds a read transaction. The batches
     * are read on all processors, each in its own read transaction, at most one per processor ahead of the one
     * written, so memory stays a few batches whatever the number of letters.
     */
    private void each(Dataset ds, Consumer<ObjectNode> sink) {
        Queries q = new Queries();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "unkg-facts");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<List<ObjectNode>>> inFlight = new java.util.ArrayDeque<>();
        try {
            List<QuerySolution> batch = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.letters).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    batch.add(copy(rs.next()));
                    if (batch.size() == BATCH) {
                        List<QuerySolution> rows = batch;
                        inFlight.add(pool.submit(() -> Txn.calculateRead(ds, () -> batch(ds, q, rows))));
                        batch = new ArrayList<>();
                        while (inFlight.size() > threads) {
                            done(inFlight.poll()).forEach(sink);
                        }
                    }
                }
            }
            List<QuerySolution> rows = batch;
            inFlight.add(pool.submit(() -> Txn.calculateRead(ds, () -> batch(ds, q, rows))));
            while (!inFlight.isEmpty()) {
                done(inFlight.poll()).forEach(sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A row read in this thread's transaction, with its values resolved, for another thread to use. */
    private static QuerySolution copy(QuerySolution row) {
        org.apache.jena.query.QuerySolutionMap out = new org.apache.jena.query.QuerySolutionMap();
        row.varNames().forEachRemaining(v -> out.add(v, row.get(v)));
        return out;
    }

    /** The facts a batch task read, or its failure rethrown. */
    private static List<ObjectNode> done(java.util.concurrent.Future<List<ObjectNode>> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting facts", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A letter's JSON object and the sets it collects before they become arrays. */
    private record Facts(ObjectNode json, Map<String, Set<String>> sets, Map<String, List<String>> members) {}

    /**
     * The facts of a batch of letters (rows of facts/letters.rq), in the batch's order: the other queries run
     * with {@code ?letter} bound to the batch's letters, their rows given to the letter they name.
     */
    private List<ObjectNode> batch(Dataset ds, Queries q, List<QuerySolution> rows) {
        Map<String, Facts> letters = new LinkedHashMap<>();
        List<Binding> values = new ArrayList<>();
        for (QuerySolution row : rows) {
            letters.put(row.get("letter").toString(), start(row));
            values.add(BindingFactory.binding(LETTER, row.get("letter").asNode(), GRAPH, row.get("g").asNode()));
        }
        if (letters.isEmpty()) {
            return List.of();
        }
        run(ds, q.parties, values, letters, (f, r) -> {
            ObjectNode party = (ObjectNode) f.json().get(str(r, "slot"));
            if (party.isEmpty()) {
                party.put("role", str(r, "role"));
                if (str(r, "state") != null) {
                    party.put("state", str(r, "state"));
                }
            }
        });
        run(ds, q.signatories, values, letters, (f, r) -> {
            addIfPresent(f.sets().get("signatory"), str(r, "name"));
            addIfPresent(f.sets().get("signatory"), str(r, "written"));
        });
        run(ds, q.references, values, letters, (f, r) -> ((ArrayNode) f.json().get("references")).add(str(r, "symbol")));
        run(ds, q.subjects, values, letters, (f, r) -> ((ArrayNode) f.json().get("subjects")).add(str(r, "term")));
        run(ds, q.mentions, values, letters, (f, r) -> {
            String field = str(r, "field");
            if (SET_FIELDS.contains(field)) {
                addIfPresent(f.sets().get(field), str(r, "value"));
            }
        });
        run(ds, q.events, values, letters, (f, r) -> {
            ObjectNode e = JSON.objectNode();
            e.put("type", str(r, "type"));
            e.put("entity", str(r, "entity"));
            e.put("date", str(r, "date"));
            if (str(r, "status") != null) {
                e.put("status", str(r, "status"));
            }
            ((ArrayNode) f.json().get("events")).add(e);
        });
        run(ds, q.mandates, values, letters, (f, r) -> {
            ObjectNode m = JSON.objectNode();
            m.put("entity", str(r, "entity"));
            m.put("tasks", r.getLiteral("tasks").getInt());
            ((ArrayNode) f.json().get("mandates")).add(m);
        });
        run(ds, q.memberships, values, letters, (f, r) -> f.members()
                .computeIfAbsent(str(r, "organization"), k -> new ArrayList<>())
                .add(str(r, "member")));
        run(ds, q.seats, values, letters, (f, r) -> {
            ObjectNode m = JSON.objectNode();
            m.put("entity", str(r, "entity"));
            m.put("place", str(r, "place"));
            ((ArrayNode) f.json().get("seats")).add(m);
        });
        List<ObjectNode> out = new ArrayList<>();
        for (Facts f : letters.values()) {
            ObjectNode o = f.json();
            f.members().forEach((orgKey, list) -> {
                ObjectNode m = JSON.objectNode();
                m.put("organization", orgKey);
                ArrayNode arr = m.putArray("members");
                list.forEach(arr::add);
                ((ArrayNode) o.get("memberships")).add(m);
            });
            SET_FIELDS.forEach(field -> f.sets().get(field).forEach(((ArrayNode) o.get(field))::add));
            f.sets().get("signatory").forEach(((ArrayNode) o.get("signatory"))::add);
            out.add(o);
        }
        return out;
    }

    /** A letter's object with its row of facts/letters.rq filled in and every other field empty. */
    private static Facts start(QuerySolution row) {
        ObjectNode o = JSON.objectNode();
        o.put("source", str(row, "source"));
        o.put("language", str(row, "language"));
        o.put("original_language", str(row, "original"));
        o.put("symbol", str(row, "symbol"));
        o.put("date", str(row, "date"));
        o.put("issued", str(row, "issued"));
        o.set("sender", JSON.objectNode());
        o.set("recipient", JSON.objectNode());
        o.set("signatory", JSON.arrayNode());
        for (String f : List.of("references", "subjects", "organizations", "states", "persons", "places",
                "events", "mandates", "memberships", "seats")) {
            o.set(f, JSON.arrayNode());
        }
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        SET_FIELDS.forEach(f -> sets.put(f, new LinkedHashSet<>()));
        sets.put("signatory", new LinkedHashSet<>());
        return new Facts(o, sets, new LinkedHashMap<>());
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    /** Runs a facts query for a batch of letters ({@code VALUES (?letter ?g)}); each row goes to the letter it names. */
    private static void run(Dataset ds, Query query, List<Binding> letters, Map<String, Facts> facts,
                            BiConsumer<Facts, QuerySolution> each) {
        // the letters lead the query's own group (an inline VALUES as its first element), so ARQ joins them to
        // the rest in sequence and each pattern is matched with ?letter and ?g bound; a group nested after the
        // VALUES would be joined by hashing when it ends in a BIND, i.e. evaluated over every letter per batch
        Query q = query.cloneQuery();
        ElementData data = new ElementData(List.of(LETTER, GRAPH), letters);
        ElementGroup where = new ElementGroup();
        where.addElement(data);
        if (q.getQueryPattern() instanceof ElementGroup group) {
            group.getElements().forEach(where::addElement);
        } else {
            where.addElement(q.getQueryPattern());
        }
        q.setQueryPattern(where);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Facts f = facts.get(row.get("letter").toString());
                if (f != null) {
                    each.accept(f, row);
                }
            }
        }
    }

    private static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
