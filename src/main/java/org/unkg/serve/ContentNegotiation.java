package org.unkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * Chooses a representation from an HTTP {@code Accept} header: HTML or one of the RDF syntaxes unkg
 * serves (Turtle, JSON-LD, N-Triples, RDF/XML), honouring q-values; the server's order breaks ties.
 */
public final class ContentNegotiation {
    /** What a client can get. */
    public enum Representation {
        HTML("text/html", null),
        TURTLE("text/turtle", Lang.TURTLE),
        JSONLD("application/ld+json", Lang.JSONLD),
        NTRIPLES("application/n-triples", Lang.NTRIPLES),
        RDFXML("application/rdf+xml", Lang.RDFXML);

        /** The media type sent back. */
        public final String mediaType;
        /** The Jena syntax (null for HTML). */
        public final Lang lang;

        Representation(String mediaType, Lang lang) {
            this.mediaType = mediaType;
            this.lang = lang;
        }

        boolean matches(String range) {
            if (range.equals("*/*")) {
                return true;
            }
            if (this == HTML && range.equals("application/xhtml+xml")) {
                return true;
            }
            if (this == TURTLE && range.equals("application/x-turtle")) {
                return true;
            }
            if (range.endsWith("/*")) {
                return mediaType.startsWith(range.substring(0, range.length() - 1));
            }
            return mediaType.equals(range);
        }
    }

    private ContentNegotiation() {}

    /** The best of {@code offered} for {@code accept}; the first offered when there is no header; empty when nothing fits. */
    public static Optional<Representation> choose(String accept, List<Representation> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        List<String[]> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String range = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (!range.isEmpty()) {
                ranges.add(new String[] {range, Double.toString(q)});
            }
        }
        Representation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Representation r : offered) {
            // the most specific matching range gives this representation's quality
            double q = -1;
            int specificity = -1;
            for (String[] range : ranges) {
                if (r.matches(range[0])) {
                    int s = range[0].equals("*/*") ? 0 : range[0].endsWith("/*") ? 1 : 2;
                    if (s > specificity) {
                        specificity = s;
                        q = Double.parseDouble(range[1]);
                    }
                }
            }
            if (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity)) {
                best = r;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The representation named by a {@code ?format=} value (ttl, turtle, jsonld, json-ld, nt, ntriples, rdf, xml). */
    public static Optional<Representation> byFormat(String format) {
        if (format == null) {
            return Optional.empty();
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> Optional.of(Representation.TURTLE);
            case "jsonld", "json-ld", "json" -> Optional.of(Representation.JSONLD);
            case "nt", "ntriples", "n-triples" -> Optional.of(Representation.NTRIPLES);
            case "rdf", "xml", "rdfxml", "rdf-xml" -> Optional.of(Representation.RDFXML);
            case "html" -> Optional.of(Representation.HTML);
            default -> Optional.empty();
        };
    }
}
