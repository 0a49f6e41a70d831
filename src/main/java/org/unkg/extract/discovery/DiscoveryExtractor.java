package org.unkg.extract.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.extract.core.BodyCatalog;
import org.unkg.extract.core.BodyWords;
import org.unkg.extract.core.EventRules;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referents;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.Word;
import org.unkg.model.DiscoveredBody;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mention;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.LanguageProfile;
import org.unkg.text.LetterText;

/**
 * Names the body at each establishment, extension, closure and withdrawal trigger that the name matcher did
 * not link: the words next to the trigger are matched against catalog labels word by word
 * ({@link PhraseResolver}); when no catalog body fits and the letter establishes (or proposes) the body, it is
 * a body the catalog lacks and becomes a {@link DiscoveredBody} with a minted key ({@link KeyMinter}). Either
 * way a {@link Mention} is added (also where the name matcher linked the same words to another body: the words
 * around the trigger, such as the country named, decided between bodies of one name), so the events, mandate and seat of the letter refer to that body.
 */
public final class DiscoveryExtractor implements Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryExtractor.class);
    private static final Set<String> TYPES = Set.of("establishment", "extension", "closure", "withdrawal");
    private static final int REACH = 16;
    /** How many words after a description's head noun its purpose word may stand ("لجنة مستقلة دائمة معنية"). */
    private static final int DESCRIBED_REACH = 4;
    /** How many words may stand between another owner and the trigger ("decided to", "a décidé de"). */
    private static final int OWNER_GAP = 3;
    private final BodyCatalog catalog;
    private final BodyWords bw;
    private final PhraseResolver resolver;
    /** The languages whose script writes names with capitals. */
    private final Set<String> capitals = new HashSet<>();
    private final KeyMinter minter;
    /** The definite article of each language that has one. */
    private final Map<String, String> articles = new HashMap<>();
    private final Set<String> otherOwners = new java.util.HashSet<>();
    /** Words of {@code common/other-owners.tsv} and {@code LANG/other-owners.tsv} by language and kind ("en\towner", "fr\tnational", "ar\tun"). */
    private final java.util.Map<String, List<Pattern>> ownerWords = new java.util.HashMap<>();

    /** The extractor over the organizations and body words of {@code context}. */
    public DiscoveryExtractor(ExtractionContext context) {
        this.catalog = context.bodies();
        this.bw = context.bodyWords();
        for (LanguageProfile p : context.profiles()) {
            if (p.words().article() != null) {
                articles.put(p.code(), p.words().article());
            }
            if (p.capitals()) {
                capitals.add(p.code());
            }
        }
        List<String[]> names = context.rules().everyLanguage("name-leads.tsv");
        this.minter = new KeyMinter(names.stream().filter(r -> r[0].equals("determiner")).map(r -> r[1]).toList(),
                names.stream().filter(r -> r[0].equals("optional-lead")).map(r -> r[1]).toList());
        this.resolver = new PhraseResolver(catalog, bw);
        for (String[] row : context.rules().common("other-owners.tsv")) {
            otherOwners.add(row[0]);
        }
        for (String language : context.rules().languages()) {
            for (String[] row : context.rules().language(language, "other-owners.tsv")) {
                if (row.length >= 2) {
                    ownerWords.computeIfAbsent(language + "\t" + row[0], k -> new ArrayList<>()).add(Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(FoldedText.fold(row[1])) + "(?![\\p{L}\\p{N}])"));
                }
            }
        }
    }

    @Override
    public boolean changesMentions() {
        return true;
    }

    @Override
    public String name() {
        return "discovery";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        if (view.rules().events().rules().isEmpty()) {
            return;
        }
        LetterText letter = view.letter();
        Referents referents = view.referents();
        String text = view.text();
        for (EventRules.Trigger t : view.triggers().all()) {
            if (!TYPES.contains(t.rule().type()) || t.rule().subject().equals("nearest")) {
                continue;
            }
            Sentence sentence = view.sentenceAt(t.start());
            boolean forward = t.rule().subject().equals("after");
            List<Word> words = forward
                    ? view.wordsIn(t.end(), sentence.end())
                    : view.wordsIn(sentence.start(), t.start());
            if (forward) {
                words = words.subList(0, Math.min(REACH, words.size()));
            } else {
                words = words.subList(Math.max(0, words.size() - REACH), words.size());
            }
            if (words.isEmpty()) {
                continue;
            }
            if (forward && described(words)) {
                LOG.debug("{}: '{}' describes a body, names none", letter.source(),
                        view.bodyText(words.get(0).start(), words.get(Math.min(words.size(), DESCRIBED_REACH) - 1).end()));
                continue;
            }
            Set<String> where = referents.context(sentence.start(), sentence.end());
            Optional<PhraseResolver.Resolved> r = resolver.resolve(words, forward, where, w -> {
                String written = view.bodyText(w.start(), w.end());
                return !written.isEmpty() && Character.isUpperCase(written.codePointAt(0));
            });
            if (r.isPresent()) {
                List<Word> used = forward ? words.subList(0, r.get().words())
                        : words.subList(words.size() - r.get().words(), words.size());
                used = trimStops(used);
                if (used.isEmpty()) {
                    continue;
                }
                addMention(view, out, r.get().key(), used.get(0).start(), used.get(used.size() - 1).end(), where);
            } else if (t.rule().type().equals("establishment") && forward && !byAnotherOwner(view, referents, t, sentence)) {
                discover(view, out, words, referents, letter.language());
            }
        }
    }

    /**
     * Whether the words after a trigger open with a head noun that a purpose word without the article qualifies within
     * {@link #DESCRIBED_REACH} words ("إنشاء لجنة معنية بـ ...", "لجنة مستقلة معنية بتقصي الحقائق"): an indefinite
     * description, as "a committee on ..." is in English, which names no catalogued body and no new one.
     */
    private boolean described(List<Word> words) {
        int first = 0;
        while (first < words.size() && bw.isStop(words.get(first).text())) {
            first++;
        }
        if (first >= words.size() || !bw.isHead(bw.normal(words.get(first).text()))) {
            return false;
        }
        for (int i = first + 1; i < Math.min(words.size(), first + DESCRIBED_REACH); i++) {
            if (bw.isIndefinitePurpose(words.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private void addMention(LetterAnalysis view, LetterFacts out, String key, int start, int end, Set<String> where) {
        Span span = view.span(start, end);
        // the name matcher read this body's catalog name where the words start: the words the resolver took after it
        // ("مكتب ... في غينيا - بيساو في بيساو، غينيا - بيساو") say where it is, they are not more of its name
        // (the name starts in the words' first word, after any clitic: "لمكتب")
        String body = view.letter().body();
        if (out.mentions().stream().anyMatch(m -> m.kind() == EntityKind.ORGANIZATION && key.equals(m.key()) && m.span() != null
                && m.span().start() >= span.start() && m.span().end() < span.end()
                && body.substring(span.start(), m.span().start()).chars().noneMatch(Character::isWhitespace))) {
            return;
        }
        relink(view, out, key, span, where);
        boolean covered = out.mentions().stream().anyMatch(m -> m.kind() == EntityKind.ORGANIZATION && m.span() != null
                && m.span().start() <= span.start() && m.span().end() >= span.end()
                && (key.equals(m.key()) || m.span().end() - m.span().start() > span.end() - span.start()));
        if (!covered) {
            out.add(new Mention(EntityKind.ORGANIZATION, key, view.bodyText(start, end), span));
            LOG.debug("{}: {} named as '{}'", view.letter().source(), key, view.bodyText(start, end));
        }
    }

    /**
     * A catalog name inside the words the trigger's context resolved to another body is not that body when the
     * context places the resolved body (its country or site is named) and not the named one: "a United Nations
     * Peacebuilding Support Office be established in Tajikistan" proposes a Tajik office, not the global
     * Peacebuilding Support Office. Such a mention takes the resolved key.
     */
    private void relink(LetterAnalysis view, LetterFacts out, String key, Span span, Set<String> where) {
        BodyCatalog.Body resolved = catalog.body(key);
        if (resolved == null || resolved.where().stream().noneMatch(where::contains)) {
            return;
        }
        for (Mention m : List.copyOf(out.mentions())) {
            if (m.kind() != EntityKind.ORGANIZATION || m.key() == null || m.key().equals(key) || m.span() == null
                    || m.span().start() < span.start() || m.span().end() > span.end()) {
                continue;
            }
            BodyCatalog.Body named = catalog.body(m.key());
            if (named != null && named.where().stream().noneMatch(where::contains)) {
                out.replace(m, new Mention(m.kind(), key, m.label(), m.span()));
                LOG.debug("{}: '{}' is {} here, not {}", view.letter().source(), m.label(), key, m.key());
            }
        }
    }

    /**
     * Whether a State or a body that is not the United Nations' own ({@code common/other-owners.tsv} and {@code LANG/other-owners.tsv}: a regional
     * organization, a movement, a group of States) is named right before the trigger, as the one establishing: at most
     * {@link #OWNER_GAP} words before it ("decided to", "تعتزم"), with no punctuation between.
     */
    private boolean byAnotherOwner(LetterAnalysis view, Referents referents, EventRules.Trigger t, Sentence sentence) {
        java.util.stream.Stream<org.unkg.extract.core.Referent> named = java.util.stream.Stream.concat(
                referents.bodies().stream().filter(r -> !r.anaphor() && otherOwner(r.key())),
                referents.states().stream().filter(org.unkg.extract.core.Referent::state));
        if (named.anyMatch(r -> r.end() <= t.start() && r.start() >= sentence.start() && owns(view, r.end(), t.start()))) {
            return true;
        }
        // "the Government intends to establish", "الحكومة تعتزم إنشاء": an owner named by a word rather than a name
        for (Pattern p : ownerWords.getOrDefault(view.language() + "\towner", List.of())) {
            Matcher m = p.matcher(view.text());
            m.region(sentence.start(), t.start());
            while (m.find()) {
                if (owns(view, m.end(), t.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether what stands between an owner ending at {@code from} and the trigger at {@code to} lets it be the one establishing. */
    private static boolean owns(LetterAnalysis view, int from, int to) {
        return view.words(from, to) <= OWNER_GAP && view.text().substring(from, to).chars().noneMatch(c -> ",;:()،؛".indexOf(c) >= 0);
    }

    /**
     * Whether a name is a national office's ("the Office of the President", "le Bureau du Premier Ministre", "مكتب رئيس
     * الجمهورية"): it holds a word of a State's offices ({@code national} rows) and none naming the United Nations ({@code un}).
     */
    private boolean national(String name, String language) {
        String folded = FoldedText.fold(name);
        if (ownerWords.getOrDefault(language + "\tun", List.of()).stream().anyMatch(p -> p.matcher(folded).find())) {
            return false;
        }
        return ownerWords.getOrDefault(language + "\tnational", List.of()).stream().anyMatch(p -> p.matcher(folded).find());
    }

    private boolean otherOwner(String key) {
        BodyCatalog.Body b = catalog.body(key);
        return b != null && b.classes().stream().anyMatch(otherOwners::contains);
    }

    /**
     * A new body: the name runs from the first telling word to before a place, date or clause break; a head noun and
     * generic words alone ("فريق عامل مخصص", an ad hoc working group) name no body.
     */
    private void discover(LetterAnalysis view, LetterFacts out, List<Word> words, Referents referents, String language) {
        String body = view.letter().body();
        int first = 0;
        while (first < words.size() && bw.isStop(words.get(first).text())) {
            first++;
        }
        if (first >= words.size() || first > 1) {
            return;
        }
        boolean latin = capitals.contains(language);
        Word lead = words.get(first);
        if (referents.bodies().stream().anyMatch(r -> r.start() <= lead.start() && lead.start() < r.end() && r.anaphor())) {
            return;
        }
        if (!latin && (opensWithArticle(lead.text(), language) || bw.headClass(bw.normal(lead.text()), language) == null)) {
            return;
        }

        List<Word> name = new ArrayList<>();
        String headClass = null;
        for (int i = first; i < words.size() && name.size() < 12; i++) {
            Word w = words.get(i);
            if (i > first && breaks(view, words.get(i - 1), w)) {
                break;
            }
            if (i > first && bw.isStop(w.text()) && i + 1 < words.size() && placeAt(referents, words.get(i + 1))) {
                break;
            }
            if (placeAt(referents, w) && i > first && bw.isStop(words.get(i - 1).text())) {
                name.remove(name.size() - 1);
                break;
            }
            if (latin && !bw.isStop(w.text())) {
                String written = view.bodyText(w.start(), w.end());
                if (!Character.isUpperCase(written.codePointAt(0))) {
                    break;
                }
            }
            name.add(w);
            String cls = bw.headClass(bw.normal(w.text()), language);
            if (cls != null && headClass == null) {
                headClass = cls;
            }
        }
        while (!name.isEmpty() && bw.isStop(name.get(name.size() - 1).text())) {
            name.remove(name.size() - 1);
        }
        if (headClass == null || name.size() < 3 || !bw.telling(name.stream()
                .filter(w -> !bw.isStop(w.text())).map(w -> bw.normal(w.text())).toList())) {
            return;
        }
        int start = name.get(0).start();
        int end = name.get(name.size() - 1).end();
        String written = view.bodyText(start, end).replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ");
        Span span = view.span(start, end);
        // the whole name is a catalog name ("إنشاء مكتب الأمم المتحدة في بوروندي اعتبارا من ..."): the body is known
        if (out.mentions().stream().anyMatch(m -> m.kind() == EntityKind.ORGANIZATION && m.key() != null && m.span() != null
                && m.span().start() <= span.start() && m.span().end() >= span.end())) {
            return;
        }
        if (national(written, language)) {
            LOG.debug("{}: '{}' is a national office, not a body of the United Nations", view.letter().source(), written);
            return;
        }
        String following = body.substring(span.end(), Math.min(body.length(), span.end() + 24));
        String key = minter.mint(written, following);
        out.add(new DiscoveredBody(key, written, language, headClass, span));
        out.add(new Mention(EntityKind.ORGANIZATION, key, written, span));
        LOG.info("{}: discovered body {} '{}'", view.letter().source(), key, written);
    }

    /** Whether {@code word} opens with the article of {@code language} (a new body's name opens with its head noun). */
    private boolean opensWithArticle(String word, String language) {
        String article = articles.get(language);
        return article != null && FoldedText.fold(word).startsWith(article);
    }

    private List<Word> trimStops(List<Word> words) {
        int from = 0;
        int to = words.size();
        while (from < to && bw.isStop(words.get(from).text())) {
            from++;
        }
        while (to > from && bw.isStop(words.get(to - 1).text())) {
            to--;
        }
        return words.subList(from, to);
    }

    private static boolean breaks(LetterAnalysis view, Word prev, Word w) {
        String between = view.text().substring(prev.end(), w.start());
        return between.chars().anyMatch(c -> ",.;:()،؛\"".indexOf(c) >= 0)
                || !view.datesIn(prev.end(), Math.min(view.text().length(), w.end() + 40)).stream()
                        .filter(d -> d.start() <= w.start()).toList().isEmpty();
    }

    private static boolean placeAt(Referents referents, Word w) {
        return referents.states().stream().anyMatch(r -> r.start() <= w.start() && w.start() < r.end());
    }
}
