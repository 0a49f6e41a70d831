package org.unkg.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/**
 * A language's names of the catalog's states and places taken from the UNBIS Thesaurus: each state, region,
 * continent or city matched to a concept ({@code skos:exactMatch}, {@code unbis-links.ttl}) gets the concept's
 * preferred label in that language as a {@code skos:altLabel}, so a letter in the language names it as the UN's
 * library does ("Таджикистан", "Российская Федерация"); a bracketed part of a label is optional ("Соединенные Штаты
 * (Америки)" gives "Соединенные Штаты" and "Соединенные Штаты Америки"). Generated data, never typed by hand: {@code unkg catalog
 * labels-unbis --lang ru} writes {@code data/catalog/unbis-labels-ru.ttl}. A language whose thesaurus labels are
 * headings in capitals (Spanish: "FEDERACIÓN DE RUSIA") gets them in the case its letters write: each word capitalised,
 * the language's function words ({@code LANG/stopwords.txt}) in lower case ("Federación de Rusia").
 */
public final class ThesaurusLabels {
    /** One label: the catalog entry, the concept it comes from and the label. */
    public record Label(String entry, String concept, String text) {}

    private static final String ID = "https://w3id.org/unkg/id/";

    private ThesaurusLabels() {}

    /** The labels in {@code language} of the catalog's states and places matched to a concept, sorted by entry. */
    public static List<Label> of(Model catalog, Thesaurus thesaurus, String language) {
        return of(catalog, thesaurus, language, java.util.Set.of());
    }

    /**
     * The labels in {@code language}, a label written all in capitals in the case of running text, the words of
     * {@code functionWords} (lower case) in lower case.
     */
    public static List<Label> of(Model catalog, Thesaurus thesaurus, String language, java.util.Set<String> functionWords) {
        List<Label> out = new ArrayList<>();
        for (Statement s : catalog.listStatements(null, SKOS.exactMatch, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            String entry = s.getSubject().getURI();
            if (entry == null || !s.getObject().isURIResource()
                    || !(entry.startsWith(ID + "state/") || entry.startsWith(ID + "place/"))) {
                continue;
            }
            Thesaurus.Concept c = thesaurus.concept(s.getObject().asResource().getURI());
            if (c == null || c.labels().get(language) == null) {
                continue;
            }
            String label = inTextCase(c.labels().get(language).strip(), language, functionWords);
            if (label.matches(".*\\S\\s*\\([^()]+\\)\\s*")) {
                // a bracketed part is optional: "Соединенные Штаты (Америки)" is written with and without it
                int open = label.lastIndexOf('(');
                out.add(new Label(entry, c.notation(), label.substring(0, open).strip()));
                out.add(new Label(entry, c.notation(), (label.substring(0, open).strip() + " "
                        + label.substring(open + 1, label.lastIndexOf(')')).strip())));
            } else {
                out.add(new Label(entry, c.notation(), label));
            }
        }
        out.sort(Comparator.comparing(Label::entry).thenComparing(Label::text));
        return out;
    }

    /**
     * A heading written all in capitals ("FEDERACIÓN DE RUSIA") as running text writes it ("Federación de Rusia"):
     * each word capitalised, function words in lower case except the first; any other label as it is.
     */
    static String inTextCase(String label, String language, java.util.Set<String> functionWords) {
        if (label.chars().noneMatch(Character::isLowerCase) && label.chars().filter(Character::isUpperCase).count() > 1) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            java.util.regex.Matcher words = java.util.regex.Pattern.compile("\\p{L}+").matcher(label.toLowerCase(locale));
            StringBuilder out = new StringBuilder();
            boolean first = true;
            while (words.find()) {
                String w = words.group();
                words.appendReplacement(out, !first && functionWords.contains(w) ? w
                        : w.substring(0, 1).toUpperCase(locale) + w.substring(1));
                first = false;
            }
            words.appendTail(out);
            return out.toString();
        }
        return label;
    }

    /** The labels as Turtle, after {@code header} (comment lines). */
    public static String turtle(List<Label> labels, String language, String header) {
        StringBuilder t = new StringBuilder(header);
        t.append("@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .\n\n");
        for (Label l : labels) {
            t.append('<').append(l.entry()).append("> skos:altLabel \"")
                    .append(l.text().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"@").append(language)
                    .append(" .  # unbis:").append(l.concept()).append('\n');
        }
        return t.toString();
    }
}
