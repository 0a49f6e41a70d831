package org.unkg.graph;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Mints the URIs of the graph from what things are, never from run order, so the same letter built twice
 * gives the same triples. See the README's model section for the scheme.
 */
public final class Ids {
    private Ids() {}

    /** A letter by its file stem, a safe slug when the name holds what an IRI may not ({@link IriSegment}). */
    public static String letter(String stem) { return Vocab.ID + "letter/" + IriSegment.path(stem); }

    public static String letterGraph(String stem) { return Vocab.GRAPH + "letter/" + IriSegment.path(stem); }

    /** A document by its symbol: {@code id/document/S/2005/323} (each part between slashes an IRI segment). */
    public static String document(String symbol) { return Vocab.ID + "document/" + segments(symbol.replace(' ', '_')); }

    /** The undocs.org page of a symbol. */
    public static String undocs(String symbol) { return Vocab.UNDOCS + segments(symbol.replace(' ', '_')); }

    public static String org(String key) { return Vocab.ID + "org/" + key; }

    public static String state(String iso3) { return Vocab.ID + "state/" + iso3; }

    public static String person(String slug) { return Vocab.ID + "person/" + slug; }

    public static String place(String slug) { return Vocab.ID + "place/" + slug; }

    public static String role(String role) { return Vocab.ID + "role/" + role; }

    public static String party(String stem, String slot) { return letter(stem) + "/" + slot; }

    public static String event(String type, String key, String date) {
        return Vocab.ID + "event/" + type + "/" + key + "/" + date;
    }

    /**
     * An event stated without a date in a letter without one ({@code id/event/{type}/{KEY}/undated/{letter stem}}):
     * nothing says two letters' undated statements are one event, so each letter's is its own.
     */
    public static String undatedEvent(String type, String key, String stem) {
        return Vocab.ID + "event/" + type + "/" + key + "/undated/" + IriSegment.path(stem);
    }

    public static String mandate(String key, String stem) { return Vocab.ID + "mandate/" + key + "/" + IriSegment.path(stem); }

    public static String membership(String orgKey, String memberKey) {
        return Vocab.ID + "membership/" + orgKey + "/" + memberKey;
    }

    public static String head(String key, String stem) { return Vocab.ID + "head/" + key + "/" + IriSegment.path(stem); }

    public static String annotation(String stem, int start, int end) {
        return annotations(stem) + start + "-" + end;
    }

    /** What the IRIs of a letter's annotations open with, their offsets following ({@link #annotation}). */
    public static String annotations(String stem) {
        return Vocab.ID + "annotation/" + IriSegment.path(stem) + "/";
    }

    /**
     * The subject indexer's assignment of a concept to a letter: {@code id/letter/{stem}/subject/{code}}, the code
     * being the last segment of the concept's IRI ({@code 1004776}).
     */
    public static String indexing(String stem, String concept) {
        return letter(stem) + "/subject/" + concept.substring(concept.lastIndexOf('/') + 1);
    }

    /**
     * The characters {@code start} to {@code end} of a letter's text, an evidence target: the letter's IRI with an
     * RFC 5147 {@code char} fragment ({@code id/letter/{stem}#char=120,164}), offsets counting characters of the
     * letter's {@code unkg:text} from 0, end exclusive. Nothing is stored about it: the letter and the offsets are
     * read from the IRI ({@link SpanTarget}).
     */
    public static String span(String stem, int start, int end) { return SpanTarget.iri(letter(stem), start, end); }

    /** The build activity of a software version: one resource for every letter that version built. */
    public static String build(String softwareVersion) { return Vocab.ID + "build/" + IriSegment.of(softwareVersion); }

    /** Each slash-separated part of {@code path} made an IRI segment, the slashes kept. */
    private static String segments(String path) {
        StringBuilder sb = new StringBuilder();
        for (String part : path.split("/", -1)) {
            sb.append(sb.length() > 0 || path.startsWith("/") ? "/" : "").append(IriSegment.of(part));
        }
        return sb.toString();
    }

    /**
     * A slug for names: lower case, accents dropped for Latin, spaces and punctuation to '-'. Letters of
     * other scripts are kept (IRIs allow them).
     */
    public static String slug(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
