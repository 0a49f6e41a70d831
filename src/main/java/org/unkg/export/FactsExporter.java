package org.unkg.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Exports one JSON object per letter in the schema of the gold facts (see {@code ../shared/gold/README.md}),
 * built only from SPARQL queries in {@code queries/facts/} over the built graph.
 */
public final class FactsExporter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> SET_FIELDS = List.of("organizations", "states", "persons", "places");

    /** The facts of every letter in the dataset, ordered by source file. */
    public ArrayNode facts(Dataset ds) {
        return Txn.calculateRead(ds, () -> collect(ds));
    }

    /** Writes the facts as a pretty-printed JSON array. */
    public void write(Dataset ds, OutputStream out) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, facts(ds));
    }

    private ArrayNode collect(Dataset ds) {
        Map<String, ObjectNode> letters = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> sets = new LinkedHashMap<>();
        run(ds, "facts/letters.rq", row -> {
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
            String key = uri(row, "letter");
            letters.put(key, o);
            Map<String, Set<String>> s = new LinkedHashMap<>();
            SET_FIELDS.forEach(f -> s.put(f, new LinkedHashSet<>()));
            s.put("signatory", new LinkedHashSet<>());
            sets.put(key, s);
        });
        run(ds, "facts/parties.rq", row -> with(letters, row, o -> {
            ObjectNode party = (ObjectNode) o.get(str(row, "slot"));
            if (party.isEmpty()) {
                party.put("role", str(row, "role"));
                if (str(row, "state") != null) {
                    party.put("state", str(row, "state"));
                }
            }
        }));
        run(ds, "facts/signatories.rq", row -> {
            Map<String, Set<String>> s = sets.get(uri(row, "letter"));
            if (s != null) {
                addIfPresent(s.get("signatory"), str(row, "name"));
                addIfPresent(s.get("signatory"), str(row, "written"));
            }
        });
        run(ds, "facts/references.rq", row -> with(letters, row, o -> ((ArrayNode) o.get("references")).add(str(row, "symbol"))));
        run(ds, "facts/subjects.rq", row -> with(letters, row, o -> ((ArrayNode) o.get("subjects")).add(str(row, "term"))));
        run(ds, "facts/mentions.rq", row -> {
            Map<String, Set<String>> s = sets.get(uri(row, "letter"));
            String field = str(row, "field");
            if (s != null && s.containsKey(field)) {
                addIfPresent(s.get(field), str(row, "value"));
            }
        });
        run(ds, "facts/events.rq", row -> with(letters, row, o -> {
            ObjectNode e = JSON.objectNode();
            e.put("type", str(row, "type"));
            e.put("entity", str(row, "entity"));
            e.put("date", str(row, "date"));
            if (str(row, "status") != null) {
                e.put("status", str(row, "status"));
            }
            ((ArrayNode) o.get("events")).add(e);
        }));
        run(ds, "facts/mandates.rq", row -> with(letters, row, o -> {
            ObjectNode m = JSON.objectNode();
            m.put("entity", str(row, "entity"));
            m.put("tasks", row.getLiteral("tasks").getInt());
            ((ArrayNode) o.get("mandates")).add(m);
        }));
        Map<String, Map<String, List<String>>> members = new LinkedHashMap<>();
        run(ds, "facts/memberships.rq", row -> members
                .computeIfAbsent(uri(row, "letter"), k -> new LinkedHashMap<>())
                .computeIfAbsent(str(row, "organization"), k -> new ArrayList<>())
                .add(str(row, "member")));
        members.forEach((letter, byOrg) -> {
            ObjectNode o = letters.get(letter);
            if (o != null) {
                byOrg.forEach((orgKey, list) -> {
                    ObjectNode m = JSON.objectNode();
                    m.put("organization", orgKey);
                    ArrayNode arr = m.putArray("members");
                    list.forEach(arr::add);
                    ((ArrayNode) o.get("memberships")).add(m);
                });
            }
        });
        run(ds, "facts/seats.rq", row -> with(letters, row, o -> {
            ObjectNode m = JSON.objectNode();
            m.put("entity", str(row, "entity"));
            m.put("place", str(row, "place"));
            ((ArrayNode) o.get("seats")).add(m);
        }));
        ArrayNode out = JSON.arrayNode();
        letters.forEach((key, o) -> {
            Map<String, Set<String>> s = sets.get(key);
            SET_FIELDS.forEach(f -> s.get(f).forEach(((ArrayNode) o.get(f))::add));
            s.get("signatory").forEach(((ArrayNode) o.get("signatory"))::add);
            out.add(o);
        });
        return out;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private static void with(Map<String, ObjectNode> letters, QuerySolution row, Consumer<ObjectNode> action) {
        ObjectNode o = letters.get(uri(row, "letter"));
        if (o != null) {
            action.accept(o);
        }
    }

    private static void run(Dataset ds, String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(QueryLibrary.load(query)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                each.accept(rs.next());
            }
        }
    }

    private static String uri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.toString();
    }

    private static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
