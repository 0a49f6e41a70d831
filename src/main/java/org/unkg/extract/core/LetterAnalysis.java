package org.unkg.extract.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.date.DateMention;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.LetterFacts;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterText;
import org.unkg.text.LetterWords;

/**
 * One letter analysed once for every extractor, in the manner of an annotated document: the body folded for rule
 * matching ({@link FoldedText}) with offset maps both ways, the parenthesis depth, and annotation sets per kind:
 * sentences, dates (in folded and in body offsets), the event triggers of the letter's language, and the letter's
 * referents (the bodies and states it names or refers back to). Everything but the referents is built with the
 * analysis; the referents follow the mentions, which extractors add, so the pipeline calls
 * {@link #mentionsChanged(LetterFacts)} after an extractor that adds mentions.
 *
 * <p>Positions are in the folded text unless a method says otherwise; {@link #span(int, int)} turns them into body
 * spans for facts and {@link #folded(int)} turns a body offset into a folded position. An analysis belongs to one
 * letter on one thread.
 */
public final class LetterAnalysis {
    private final LetterText letter;
    private final ExtractionContext context;
    private final LanguageRules rules;
    private final FoldedText folded;
    private final String text;
    private final int[] fromBody;
    private final int[] depth;
    private final AnnotationSet<Sentence> sentences;
    private final AnnotationSet<DateMention> dates;
    private final List<DateMention> bodyDates;
    private final AnnotationSet<EventRules.Trigger> triggers;
    private List<PhraseScanner.Match> anaphora;
    private Referents referents;
    /** The mentions and discovered bodies the referents are read from when next asked for (null: none since). */
    private List<org.unkg.model.Mention> referentMentions;
    private List<org.unkg.model.DiscoveredBody> referentBodies;
    /** The letter's words (runs of letters and digits) with their ids, found when a matcher first asks for them. */
    private LetterWords letterWords;
    /** The words of the folded text, found when an extractor first asks for the words of a range. */
    private WordIndex wordIndex;
    /** The telling words of names written in the letter, worked out once per name. */
    private final Map<String, Set<String>> contents = new HashMap<>();

    private LetterAnalysis(LetterText letter, ExtractionContext context) {
        this.letter = letter;
        this.context = context;
        this.rules = context.language(letter.language());
        String body = letter.body();
        this.folded = FoldedText.ofLetter(body);
        this.text = folded.text();
        this.fromBody = new int[body.length() + 1];
        int j = 0;
        for (int b = 0; b <= body.length(); b++) {
            while (j < text.length() && folded.sourceOffset(j) < b) {
                j++;
            }
            fromBody[b] = j;
        }
        this.depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                d++;
            }
            depth[i] = d;
            if ((c == ')' || c == ']') && d > 0) {
                d--;
            }
        }
        this.sentences = AnnotationSet.of(Sentences.split(text));
        List<DateMention> found = context.dates().findFolded(words());
        this.dates = AnnotationSet.of(found);
        this.bodyDates = found.stream()
                .map(m -> new DateMention(folded.sourceOffset(m.start()), folded.sourceEnd(m.end()), m.value())).toList();
        this.triggers = AnnotationSet.of(rules.events().find(text));
    }

    /** The analysis of {@code letter} with the rules of {@code context}. */
    public static LetterAnalysis of(LetterText letter, ExtractionContext context) {
        return new LetterAnalysis(letter, context);
    }

    /** The letter as read. */
    public LetterText letter() { return letter; }

    /** The context the letter is read in: catalog, gazetteer, rules. */
    public ExtractionContext context() { return context; }

    /** The ISO 639-1 code of the letter's language. */
    public String language() { return letter.language(); }

    /** The rules of the letter's language the core applies (event triggers, words referring back). */
    public LanguageRules rules() { return rules; }

    /** The body (the reading text): what spans are offsets into. */
    public String body() { return letter.body(); }

    /** The folded body with its map back to body offsets. */
    public FoldedText folded() { return folded; }

    /** The folded body. */
    public String text() { return text; }

    /** The sentences of the folded text. */
    public AnnotationSet<Sentence> sentences() { return sentences; }

    /** The sentence holding {@code pos} (an empty one at {@code pos} when none does). */
    public Sentence sentenceAt(int pos) {
        Sentence s = sentences.covering(pos);
        return s != null ? s : new Sentence(pos, pos);
    }

    /** Every date the letter states, in folded positions, in text order. */
    public AnnotationSet<DateMention> dates() { return dates; }

    /** Dates in {@code [start, end)}, in text order. */
    public List<DateMention> datesIn(int start, int end) {
        return dates.within(start, end);
    }

    /** Every date the letter states, in body offsets, in text order. */
    public List<DateMention> bodyDates() { return bodyDates; }

    /** The event triggers of the letter's language, in text order (the longest of overlapping triggers of a type). */
    public AnnotationSet<EventRules.Trigger> triggers() { return triggers; }

    /** The bodies and states the letter names or refers back to, as of the last {@link #mentionsChanged}. */
    public Referents referents() {
        if (referents == null) {
            referents = referentMentions == null ? Referents.of(this, new LetterFacts())
                    : Referents.of(this, referentMentions, referentBodies);
        }
        return referents;
    }

    /** The words referring back to a body ({@link LanguageRules#anaphora()}), found once per letter. */
    List<PhraseScanner.Match> anaphora() {
        if (anaphora == null) {
            anaphora = rules.anaphora().find(text);
        }
        return anaphora;
    }

    /** The telling words ({@link BodyWords#content}) of a name written in the letter (worked out once per name). */
    Set<String> content(String name) {
        return contents.computeIfAbsent(name, context.bodyWords()::content);
    }

    /**
     * Re-reads the referents from the mentions (and discovered bodies) now in {@code facts}: they are kept as they are
     * now and resolved when an extractor first asks for the referents, so a change no extractor reads before the next
     * one costs nothing.
     */
    public void mentionsChanged(LetterFacts facts) {
        this.referentMentions = List.copyOf(facts.mentions());
        this.referentBodies = List.copyOf(facts.discovered());
        this.referents = null;
    }

    /** Parenthesis depth at {@code pos}. */
    public int depth(int pos) {
        return depth[Math.max(0, Math.min(pos, depth.length - 1))];
    }

    /** The folded position of a body offset. */
    public int folded(int bodyOffset) {
        return fromBody[Math.max(0, Math.min(bodyOffset, fromBody.length - 1))];
    }

    /**
     * The phrases of {@code matcher} in body offsets {@code [from, to)}, offsets into the body: what
     * {@code matcher.find(body, from, to)} gives, on the letter's folded text.
     */
    public <V> List<PhraseMatcher.Hit<V>> find(PhraseMatcher<V> matcher, int from, int to) {
        if (from < 0 || to > letter.body().length() || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of a body of " + letter.body().length());
        }
        return matcher.find(folded, folded(from), folded(to));
    }

    /** The body span of folded {@code [start, end)}. */
    public Span span(int start, int end) {
        int s = folded.sourceOffset(start);
        int e = Math.max(s, folded.sourceEnd(end));
        return new Span(s, e);
    }

    /** The body text of folded {@code [start, end)}. */
    public String bodyText(int start, int end) {
        Span s = span(start, end);
        return letter.body().substring(s.start(), s.end());
    }

    /**
     * The words ({@link Word}) of the folded text in {@code [from, to)}: the same as {@code Word.in(text(), from, to)},
     * the letter's words found once for all the ranges its extractors ask about.
     */
    public List<Word> wordsIn(int from, int to) {
        if (wordIndex == null) {
            wordIndex = new WordIndex(text);
        }
        return wordIndex.in(from, to);
    }

    /** The letter's words, runs of letters and digits of the folded text, for the matchers that read it word by word. */
    public LetterWords words() {
        if (letterWords == null) {
            letterWords = LetterWords.of(text);
        }
        return letterWords;
    }

    /** Number of words in folded {@code [start, end)}. */
    public int words(int start, int end) {
        if (end <= start) {
            return 0;
        }
        // runs of characters between separators (white space, ASCII punctuation, "،", "؛"): ", which" is one word
        int count = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean separator = separator(text.charAt(i));
            if (!separator && !inWord) {
                count++;
            }
            inWord = !separator;
        }
        return count;
    }

    private static boolean separator(char c) {
        return Character.isWhitespace(c) || c == '\u060c' || c == '\u061b' || c < 128 && PUNCT.indexOf(c) >= 0;
    }

    private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
}
