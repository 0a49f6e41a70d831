package org.unkg.graph;

import java.util.Optional;

/**
 * The target of a piece of evidence: characters {@code start} (inclusive) to {@code end} (exclusive) of a letter's
 * {@code unkg:text}, named by the letter's IRI with an RFC 5147 {@code char} fragment
 * ({@code https://w3id.org/unkg/id/letter/004#char=120,164}). The Web Annotation model lets a target be such a
 * fragment IRI; the letter and the offsets are parts of it, so no target node, source or selector is stored. In
 * SPARQL: {@code IRI(STRBEFORE(STR(?t), "#char="))} is the letter, {@code STRBEFORE}/{@code STRAFTER} of
 * {@code STRAFTER(STR(?t), "#char=")} at the comma the offsets (see {@code queries/evidence-of-fact.rq}).
 *
 * @param letter the letter's IRI
 * @param start  the first character, from 0
 * @param end    the character after the last
 */
public record SpanTarget(String letter, int start, int end) {
    /** The fragment that introduces the offsets. */
    public static final String FRAGMENT = "#char=";

    /**
     * SPARQL that binds {@code ?start} and {@code ?end} (xsd:integer) from the target in {@code ?target}: BINDs to put
     * after the pattern that binds it (a BIND in the middle of a pattern cuts it in two). Needs the {@code xsd} prefix.
     */
    public static String bindOffsets(String target) {
        return "BIND(STRAFTER(STR(?" + target + "), \"" + FRAGMENT + "\") AS ?" + target + "Chars)\n"
                + "BIND(xsd:integer(STRBEFORE(?" + target + "Chars, \",\")) AS ?start)\n"
                + "BIND(xsd:integer(STRAFTER(?" + target + "Chars, \",\")) AS ?end)\n";
    }

    /** The target IRI of characters {@code start} to {@code end} of {@code letter}'s text. */
    public static String iri(String letter, int start, int end) {
        return letter + FRAGMENT + start + "," + end;
    }

    /** This target's IRI. */
    public String iri() {
        return iri(letter, start, end);
    }

    /** The span a target IRI names, or empty when it is not a letter's {@code #char=start,end} with start before end. */
    public static Optional<SpanTarget> parse(String iri) {
        int hash = iri.lastIndexOf(FRAGMENT);
        if (hash <= 0) {
            return Optional.empty();
        }
        String chars = iri.substring(hash + FRAGMENT.length());
        int comma = chars.indexOf(',');
        if (comma <= 0 || comma == chars.length() - 1 || !digits(chars, 0, comma) || !digits(chars, comma + 1, chars.length())
                || comma > 9 || chars.length() - comma - 1 > 9) {
            return Optional.empty();
        }
        int start = Integer.parseInt(chars, 0, comma, 10);
        int end = Integer.parseInt(chars, comma + 1, chars.length(), 10);
        return start < end ? Optional.of(new SpanTarget(iri.substring(0, hash), start, end)) : Optional.empty();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
