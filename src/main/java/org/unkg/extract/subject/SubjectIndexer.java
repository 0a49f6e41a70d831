package org.unkg.extract.subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unkg.extract.core.ConceptIndex;
import org.unkg.extract.core.ConceptLinks;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Sentence;
import org.unkg.model.IndexedSubject;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Party;
import org.unkg.model.Signatory;
import org.unkg.model.Span;
import org.unkg.model.Subject;

/**
 * Indexes every letter with UNBIS Thesaurus concepts from its text, as a cataloguer would with a {@code %%%} line:
 * the concept labels of the letter's language found in its words ({@link ConceptIndex}), and the concepts of the
 * catalog entities it names ({@link ConceptLinks}: a letter naming UNTOP is about TAJIKISTAN SITUATION and about a
 * special mission), more so for a body the letter's events, mandates, seats or heads concern, and the concepts of
 * what it reports ({@link ReportedConcepts}: an office cooperating with a regional organization). Concepts are ranked by how often and how early the letter names them and how specific they are
 * (depth in the hierarchy, words in the label), and gain from the concepts the letter names right under them (the
 * hierarchy's support); words of the letter genre weigh less ({@code subjects/genre.tsv}), and so does a state named
 * as who acts, the presidency of a meeting or a minister's state ({@link RoleMentions}).
 * The strongest few are kept, each with its score and the spans that name it. The sender, recipient and signature
 * are not read (they say who writes, not what about), nor the {@code %%%} line (the cataloguer's own terms).
 * Weights are data: {@code subjects/ranking.tsv}.
 */
public final class SubjectIndexer implements Extractor {
    /** The most letters a clitic adds in front of a word (وب, فل). */
    private static final int CLITIC = 2;
    /** The most characters of titles read as part of a signature block after the signer's name. */
    private static final int SIGN_OFF = 120;
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[ \\t]*\\n");
    private final ConceptIndex concepts;
    private final ConceptLinks links;
    private final RankingWeights weights;
    private final Map<String, Double> genre;
    private final java.util.Set<String> placesAndPeoples;
    private final ReportedConcepts reported;
    private final RoleMentions roles;

    /** The indexer over the context's thesaurus, catalog links and ranking rules. */
    public SubjectIndexer(ExtractionContext context) {
        this(context, context.concepts().isEmpty() ? null : RankingWeights.of(context.rules()));
    }

    /** The indexer with other weights (tests compare cut-offs with it). */
    SubjectIndexer(ExtractionContext context, RankingWeights weights) {
        this.concepts = context.concepts();
        this.links = context.conceptLinks();
        this.weights = weights;
        Map<String, Double> g = new HashMap<>();
        List<String[]> genreRows = concepts.isEmpty() ? List.of() : context.rules().rowsIfPresent("subjects/genre.tsv");
        List<String[]> nameRows = concepts.isEmpty() ? List.of() : context.rules().rowsIfPresent("subjects/names.tsv");
        for (String[] row : genreRows) {
            if (row.length >= 2) {
                String iri = concepts.iri(row[0].strip());
                if (!concepts.has(iri)) {
                    throw new IllegalArgumentException("subjects/genre.tsv: no concept " + row[0].strip() + " in the thesaurus");
                }
                below(iri, Double.parseDouble(row[1].strip()), g, 0);
            }
        }
        this.genre = Map.copyOf(g);
        Map<String, Double> names = new HashMap<>();
        for (String[] row : nameRows) {
            String iri = concepts.iri(row[0].strip());
            if (!concepts.has(iri)) {
                throw new IllegalArgumentException("subjects/names.tsv: no concept " + row[0].strip() + " in the thesaurus");
            }
            below(iri, 1.0, names, 0);
        }
        this.placesAndPeoples = java.util.Set.copyOf(names.keySet());
        this.reported = concepts.isEmpty() ? null : new ReportedConcepts(context, concepts);
        this.roles = concepts.isEmpty() ? null : new RoleMentions(context.rules());
    }

    /** Gives {@code iri} and every concept under it the genre factor (the smallest where several apply). */
    private void below(String iri, double factor, Map<String, Double> out, int depth) {
        out.merge(iri, factor, Math::min);
        if (depth < 16) {
            for (String n : concepts.narrower(iri)) {
                below(n, factor, out, depth + 1);
            }
        }
    }

    @Override
    public String name() {
        return "subject-index";
    }

    /** One concept's occurrences in a letter. */
    private static final class Found {
        final List<Double> weights = new ArrayList<>();
        final List<Span> spans = new ArrayList<>();
        boolean standalone;

        boolean overlaps(Span s) {
            return spans.stream().anyMatch(o -> o.start() < s.end() && s.start() < o.end());
        }
    }

    @Override
    public void extract(LetterAnalysis letter, LetterFacts out) {
        if (concepts.isEmpty()) {
            return;
        }
        List<Span> skipped = skipped(letter, out);
        int from = out.subjects().isEmpty() ? 0 : letter.folded(lineEnd(letter.body(), out.subjects()));
        Sentence first = firstSentence(letter, from);
        int opening = from + (letter.text().length() - from) / 4;
        List<ConceptIndex.Hit> hits = concepts.find(letter.words(), letter.language());
        Map<String, Found> found = new LinkedHashMap<>();
        for (ConceptIndex.Hit h : hits) {
            Span span = letter.span(h.start(), h.end());
            if (h.start() < from || inside(span, skipped) || links.isName(h.concept())) {
                continue; // a catalog entity's own concept comes with the gazetteer's mention of it, below
            }
            if (placesAndPeoples.contains(h.concept()) ? withinName(span, out.mentions(), false) : withinName(span, out.mentions(), true)) {
                // Africa in the African Union's name names the body, not the continent; and words that are a catalog
                // entity's whole name (الاتحاد الأوروبي, the European Union, is also a label of EUROPEAN FEDERATION)
                // name that entity
                continue;
            }
            double w = position(h.start(), first, opening);
            boolean nested = nested(h, hits);
            if (nested) {
                w *= weights.nested();
            }
            if (h.shared()) {
                w *= weights.shared();
            }
            Found f = found.computeIfAbsent(h.concept(), k -> new Found());
            f.standalone |= !nested;
            f.weights.add(w);
            f.spans.add(span);
        }
        java.util.Set<String> subjectBodies = subjectBodies(out);
        java.util.Set<Span> roleSpans = roles.find(letter, out.mentions());
        for (Mention m : out.mentions()) {
            if (m.key() == null || inside(m.span(), skipped) || letter.folded(m.span().start()) < from) {
                continue;
            }
            for (ConceptLinks.Link link : links.of(m.kind(), m.key())) {
                if (!concepts.has(link.concept())) {
                    continue;
                }
                Found f = found.computeIfAbsent(link.concept(), k -> new Found());
                if (f.overlaps(m.span())) {
                    continue; // the label itself was found there
                }
                f.standalone = true;
                double w = !link.via().equals("self") ? weights.catalogVia()
                        : link.match() == ConceptLinks.Match.RELATED ? weights.catalogRelated() : weights.catalogExact();
                if (subjectBodies.contains(m.key())) {
                    w *= weights.catalogSubject();
                }
                if (roleSpans.contains(m.span())) {
                    w *= weights.roleMention(); // the presidency's or a minister's state: who acts, not what about
                }
                f.weights.add(w * position(letter.folded(m.span().start()), first, opening));
                f.spans.add(m.span());
            }
        }
        for (ReportedConcepts.Occurrence o : reported.find(letter, out, hits, skipped, from, subjectBodies)) {
            Found f = found.computeIfAbsent(o.concept(), k -> new Found());
            f.standalone = true;
            f.weights.add(o.weight() * position(o.at(), first, opening));
            f.spans.addAll(o.spans());
        }
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        found.forEach((c, f) -> {
            // a label only ever read inside a longer one (IVORY in CÔTE D'IVOIRE) is not named on its own
            if (f.standalone) {
                named.add(c);
            }
        });
        // each named concept's broader concepts, looked up once for the hierarchy's support of every other
        Map<String, List<String>> broader = new java.util.HashMap<>();
        for (String c : named) {
            broader.put(c, concepts.broader(c));
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (String c : named) {
            ranked.add(Map.entry(c, weight(c, found.get(c), letter.language()) * support(c, named, broader)));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        if (ranked.isEmpty()) {
            return;
        }
        double top = ranked.get(0).getValue();
        for (int i = 0; i < ranked.size() && i < weights.keep(); i++) {
            double score = ranked.get(i).getValue() / top;
            if (score < weights.minScore()) {
                break;
            }
            List<Span> spans = new ArrayList<>(found.get(ranked.get(i).getKey()).spans);
            spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            out.add(new IndexedSubject(ranked.get(i).getKey(), Math.round(score * 1000) / 1000.0, i + 1,
                    spans.subList(0, Math.min(spans.size(), weights.evidence()))));
        }
    }

    /** A concept's weight: its occurrences with diminishing returns, times its specificity and genre factor. */
    private double weight(String concept, Found f, String language) {
        List<Double> ws = new ArrayList<>(f.weights);
        ws.sort(Comparator.reverseOrder());
        double sum = 0;
        double factor = 1;
        for (double w : ws) {
            sum += w * factor;
            factor *= weights.repeat();
        }
        int words = concepts.words(concept, language);
        if (words == 0) {
            words = concepts.words(concept, "en");
        }
        double specificity = 1 + weights.depth() * Math.max(0, concepts.depth(concept) - 1)
                + weights.words() * Math.max(0, words - 1);
        return sum * specificity * genre.getOrDefault(concept, 1.0);
    }

    /**
     * The hierarchy's support for {@code concept}: the more other concepts the letter names under it (its narrower
     * concepts; for a concept named like its microthesaurus, INTERNATIONAL RELATIONS in INTERNATIONAL
     * RELATIONS, the concepts of that field), the more the letter is about it as a whole. {@code broaderOfNamed}
     * holds the broader concepts of each named one.
     */
    private double support(String concept, java.util.Set<String> named, Map<String, List<String>> broaderOfNamed) {
        if (weights.support() == 0) {
            return 1;
        }
        String field = fields.computeIfAbsent(concept, this::field);
        if (field.isEmpty()) {
            field = null;
        }
        int n = 0;
        for (String other : named) {
            List<String> above = broaderOfNamed.get(other);
            if (!other.equals(concept) && (above.contains(concept) || field != null && above.contains(field))) {
                n++;
            }
        }
        return 1 + weights.support() * Math.min(n, weights.supportMax());
    }

    /**
     * The microthesaurus a concept is named like (INTERNATIONAL RELATIONS under INTERNATIONAL RELATIONS), the last of its
     * broader concepts that is a category with its English label; "" when none. Fixed by the thesaurus: worked out
     * once per concept ({@link #fields}).
     */
    private String field(String concept) {
        String field = "";
        for (String b : concepts.broader(concept)) {
            if (concepts.category(b) && concepts.label(b, "en").equals(concepts.label(concept, "en"))) {
                field = b;
            }
        }
        return field;
    }

    /** {@link #field} of the concepts letters have named so far (at most the thesaurus's concepts). */
    private final Map<String, String> fields = new java.util.concurrent.ConcurrentHashMap<>();

    private double position(int pos, Sentence first, int opening) {
        if (first != null && pos >= first.start() && pos < first.end()) {
            return weights.firstSentence();
        }
        return pos < opening ? weights.opening() : 1.0;
    }

    /** Whether a longer label found covers this one. */
    private static boolean nested(ConceptIndex.Hit h, List<ConceptIndex.Hit> hits) {
        for (ConceptIndex.Hit o : hits) {
            if (o.start() <= h.start() && o.end() >= h.end() && (o.end() - o.start()) > (h.end() - h.start())) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the bodies the letter's events, mandates, seats and heads concern: what the letter is about. */
    private static java.util.Set<String> subjectBodies(LetterFacts out) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        out.events().forEach(e -> keys.add(e.entity()));
        out.mandates().forEach(m -> keys.add(m.entity()));
        out.seats().forEach(s -> keys.add(s.entity()));
        out.heads().forEach(h -> keys.add(h.entity()));
        keys.remove(null);
        return keys;
    }

    /** The sender, recipient and signature block spans: who writes, not what about. */
    private static List<Span> skipped(LetterAnalysis letter, LetterFacts out) {
        List<Span> spans = new ArrayList<>();
        for (Party p : out.parties()) {
            spans.add(p.span());
        }
        String body = letter.body();
        for (Signatory s : out.signatories()) {
            // the signature block: the name and the titles under it, up to a blank line
            int end = Math.min(body.length(), s.span().end() + SIGN_OFF);
            java.util.regex.Matcher blank = BLANK_LINE.matcher(body).region(s.span().end(), end);
            spans.add(new Span(s.span().start(), blank.find() ? blank.start() : end));
        }
        return spans;
    }

    /** Whether {@code s} lies within the name of an entity the letter mentions ({@code whole}: is that whole name). */
    private static boolean withinName(Span s, List<Mention> mentions, boolean whole) {
        for (Mention m : mentions) {
            Span n = m.span();
            boolean within = n.start() <= s.start() && s.end() <= n.end();
            // the label's span may hold a clitic the name's does not (والاتحاد الأوروبي)
            boolean same = s.start() <= n.start() && n.end() <= s.end() && (s.end() - s.start()) - (n.end() - n.start()) <= CLITIC;
            if (whole ? within && n.equals(s) || same : within) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Span s, List<Span> spans) {
        for (Span o : spans) {
            if (s.start() < o.end() && o.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The body offset where the {@code %%%} line ends. */
    private static int lineEnd(String body, List<Subject> subjects) {
        int last = subjects.stream().mapToInt(s -> s.span().end()).max().orElse(0);
        int nl = body.indexOf('\n', last);
        return nl < 0 ? body.length() : nl;
    }

    /** The first sentence at or after {@code from}: the letter's title line. */
    private static Sentence firstSentence(LetterAnalysis letter, int from) {
        for (Sentence s : letter.sentences().all()) {
            if (s.end() > from) {
                return s;
            }
        }
        return null;
    }
}
