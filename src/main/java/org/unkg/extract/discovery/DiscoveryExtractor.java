package org.unkg.extract.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final BodyCatalog catalog;
    private final BodyWords bw;
    private final PhraseResolver resolver;

    /** The extractor over the organizations and body words of {@code context}. */
    public DiscoveryExtractor(ExtractionContext context) {
        this.catalog = context.bodies();
        this.bw = context.bodyWords();
        this.resolver = new PhraseResolver(catalog, bw);
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
                    ? Word.in(text, t.end(), sentence.end())
                    : Word.in(text, sentence.start(), t.start());
            if (forward) {
                words = words.subList(0, Math.min(REACH, words.size()));
            } else {
                words = words.subList(Math.max(0, words.size() - REACH), words.size());
            }
            if (words.isEmpty()) {
                continue;
            }
            Set<String> where = referents.context(sentence.start(), sentence.end());
            String body = letter.body();
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
            } else if (t.rule().type().equals("establishment") && forward) {
                discover(view, out, words, referents, letter.language());
            }
        }
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

    /** A new body: the name runs from the first telling word to before a place, date or clause break. */
    private void discover(LetterAnalysis view, LetterFacts out, List<Word> words, Referents referents, String language) {
        String body = view.letter().body();
        int first = 0;
        while (first < words.size() && bw.isStop(words.get(first).text())) {
            first++;
        }
        if (first >= words.size() || first > 1) {
            return;
        }
        boolean latin = !language.equals("ar");
        Word lead = words.get(first);
        if (referents.bodies().stream().anyMatch(r -> r.start() <= lead.start() && lead.start() < r.end() && r.anaphor())) {
            return;
        }
        if (!latin && (FoldedText.fold(lead.text()).startsWith("ال") || bw.headClass(BodyWords.normal(lead.text()), language) == null)) {
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
            String cls = bw.headClass(BodyWords.normal(w.text()), language);
            if (cls != null && headClass == null) {
                headClass = cls;
            }
        }
        while (!name.isEmpty() && bw.isStop(name.get(name.size() - 1).text())) {
            name.remove(name.size() - 1);
        }
        if (headClass == null || name.size() < 3) {
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
        String following = body.substring(span.end(), Math.min(body.length(), span.end() + 24));
        String key = KeyMinter.mint(written, following);
        out.add(new DiscoveredBody(key, written, language, headClass, span));
        out.add(new Mention(EntityKind.ORGANIZATION, key, written, span));
        LOG.info("{}: discovered body {} '{}'", view.letter().source(), key, written);
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
