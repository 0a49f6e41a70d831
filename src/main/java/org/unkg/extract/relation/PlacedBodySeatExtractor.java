package org.unkg.extract.relation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.extract.core.BodyCatalog;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Referents;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.Word;
import org.unkg.model.DiscoveredBody;
import org.unkg.model.LetterFacts;
import org.unkg.model.Seat;
import org.unkg.text.FoldedText;

/**
 * A seat stated by naming a body and the city it works in, outside a sentence that establishes it: "the important role
 * played by the United Nations Office for West Africa in Dakar, Senegal", "the phasing down of the Office in Dakar",
 * "الدور الذي يضطلع به مكتب ... في داكار، السنغال". The city follows the body (past its acronym in brackets) after a
 * location word ({@code LANG/relations.tsv}, {@code common/located-classes.tsv}, kind {@code located}: in, في, à), and it is the body's seat when
 * <ul>
 *   <li>the catalog gives that city as the body's site ({@code org:hasSite}), or</li>
 *   <li>the city stands in apposition with its state ("in Dakar, Senegal", "à Dakar (Sénégal)"; the catalog's country of the city, when it
 *       has one, is that state) and the body is a United Nations field presence (the catalog classes of kind
 *       {@code located-class}: political missions and peacekeeping operations, catalogued or new).</li>
 * </ul>
 * Never for a body named as a partner ("in cooperation with ECOWAS in Abuja") or after a word of meeting or company
 * (kind {@code not-located}: "a meeting with the Special Envoy of X in Abuja", "met with X in").
 */
public final class PlacedBodySeatExtractor implements Extractor {
    private static final Pattern ACRONYM_FIRST = Pattern.compile("^\\s*\\([^()]{1,20}\\)");
    private static final Pattern APPOSITION = Pattern.compile("\\s*[,\u060C(]\\s*");
    private static final int LOOK_BACK = 4;
    private static final String UNKG = "https://w3id.org/unkg/ontology#";

    private final Map<String, Set<String>> located = new HashMap<>();
    private final Map<String, Set<String>> notAfter = new HashMap<>();
    private final Set<String> fieldClasses = new HashSet<>();
    private final Map<String, String> countryOfPlace = new HashMap<>();
    private final BodyCatalog catalog;

    /** The extractor with the location and meeting words ({@code LANG/relations.tsv}, {@code common/located-classes.tsv}) and the catalog of {@code context}. */
    public PlacedBodySeatExtractor(ExtractionContext context) {
        this.catalog = context.bodies();
        for (String language : context.rules().languages()) {
            for (String[] r : context.rules().language(language, "relations.tsv")) {
                if (r.length < 2) {
                    continue;
                }
                switch (r[0]) {
                    case "located" -> located.computeIfAbsent(language, k -> new HashSet<>()).add(FoldedText.fold(r[1]));
                    case "not-located" -> notAfter.computeIfAbsent(language, k -> new HashSet<>()).add(FoldedText.fold(r[1]));
                    default -> { }
                }
            }
        }
        for (String[] r : context.rules().common("located-classes.tsv")) {
            fieldClasses.add(r[0]);
        }
        Model model = context.catalog().model();
        Property country = model.createProperty(UNKG + "country");
        for (Resource place : model.listSubjectsWithProperty(country).toList()) {
            Statement key = place.getProperty(SKOS.notation);
            Statement state = place.getProperty(country);
            if (key != null && state.getObject().isResource() && state.getObject().asResource().hasProperty(SKOS.notation)) {
                countryOfPlace.put(key.getString(), state.getObject().asResource().getProperty(SKOS.notation).getString());
            }
        }
    }

    @Override
    public String name() {
        return "placed-seats";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        Set<String> words = located.get(view.language());
        if (words == null) {
            return;
        }
        Referents referents = view.referents();
        String text = view.text();
        for (Referent body : referents.bodies()) {
            if (referents.partner(body) || afterMeetingWord(view, body)) {
                continue;
            }
            Referent place = placeAfter(view, referents, body, words);
            if (place == null) {
                continue;
            }
            BodyCatalog.Body known = catalog.body(body.key());
            boolean site = known != null && known.where().contains(place.key());
            if (site || (fieldPresence(known, body.key(), out) && inApposition(text, referents, place))) {
                add(out, body.key(), place, view);
            }
        }
    }

    /** The place named right after the body: a location word, past the body's acronym in brackets; or null. */
    private static Referent placeAfter(LetterAnalysis view, Referents referents, Referent body, Set<String> words) {
        Sentence sentence = view.sentenceAt(body.start());
        String text = view.text();
        for (Referent r : referents.states()) {
            if (r.state() || r.start() < body.end() || r.end() > sentence.end()) {
                continue;
            }
            String between = ACRONYM_FIRST.matcher(text.substring(body.end(), r.start())).replaceAll("")
                    .replaceAll("^[\\s)]+", "").strip();
            return words.contains(between) ? r : null;
        }
        return null;
    }

    /** Whether the place is followed by its state in apposition ("Dakar, Senegal", "داكار، السنغال"). */
    private boolean inApposition(String text, Referents referents, Referent place) {
        for (Referent r : referents.states()) {
            if (!r.state() || r.start() < place.end()) {
                continue;
            }
            if (!APPOSITION.matcher(text.substring(place.end(), r.start())).matches()) {
                return false;
            }
            String country = countryOfPlace.get(place.key());
            return country == null || country.equals(r.key());
        }
        return false;
    }

    /** Whether the body is a United Nations field presence: of a {@code located-class}, in the catalog or new. */
    private boolean fieldPresence(BodyCatalog.Body known, String key, LetterFacts out) {
        if (known != null) {
            return known.classes().stream().anyMatch(fieldClasses::contains);
        }
        return out.discovered().stream().anyMatch(d -> d.key().equals(key) && fieldClasses.contains(classOf(d)));
    }

    private static String classOf(DiscoveredBody d) {
        return d.kind();
    }

    /** Whether one of the few words before the body is a word of meeting or company ("a meeting with", "met"). */
    private boolean afterMeetingWord(LetterAnalysis view, Referent body) {
        Set<String> words = notAfter.getOrDefault(view.language(), Set.of());
        Sentence sentence = view.sentenceAt(body.start());
        List<Word> before = view.wordsIn(sentence.start(), body.start());
        for (int i = Math.max(0, before.size() - LOOK_BACK); i < before.size(); i++) {
            if (words.contains(before.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static void add(LetterFacts out, String key, Referent place, LetterAnalysis view) {
        if (out.seats().stream().noneMatch(s -> s.entity().equals(key) && s.place().equals(place.key()))) {
            out.add(new Seat(key, place.key(), view.span(place.start(), place.end())));
        }
    }
}
