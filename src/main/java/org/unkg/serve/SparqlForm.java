package org.unkg.serve;

import java.util.Map;
import org.unkg.graph.Vocab;

/** The text the SPARQL forms start with: the ontology's prefixes and an example query. */
final class SparqlForm {
    private SparqlForm() {}

    /** PREFIX lines for unkg's vocabularies and jena-text. */
    static String prefixes() {
        StringBuilder sb = new StringBuilder();
        prefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /** unkg's vocabularies and jena-text: prefix to namespace, sorted by prefix. */
    static Map<String, String> prefixMap() {
        Map<String, String> map = new java.util.TreeMap<>(Vocab.prefixes().getNsPrefixMap());
        map.put("text", "http://jena.apache.org/text#");
        return map;
    }

    /** The prefixes and the body of the first example query (letters.rq when present). */
    static String defaultQuery(DocumentedQueries queries) {
        String example = queries.get("letters.rq").map(DocumentedQueries.NamedQuery::text)
                .orElse("SELECT ?letter ?date WHERE {\n  ?letter a unkg:Letter .\n  OPTIONAL { ?letter dcterms:date ?date }\n} LIMIT 50\n");
        StringBuilder body = new StringBuilder();
        for (String line : example.split("\n")) {
            String t = line.strip();
            if (t.startsWith("PREFIX") || t.startsWith("prefix")) {
                continue;
            }
            body.append(line).append('\n');
        }
        return prefixes() + "\n" + body.toString().strip() + "\n";
    }
}
