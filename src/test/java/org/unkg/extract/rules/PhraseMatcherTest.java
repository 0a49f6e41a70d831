package org.unkg.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unkg.text.FoldedText;

/**
 * Finding rule phrases: whole words, the longest phrase where several start, any run of spaces and hyphens between
 * words, folded comparison; and exactly what the phrases' regular expression finds, on texts built at random.
 */
class PhraseMatcherTest {
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("Secretary-General", "sg");
        PHRASES.put("secretary", "secretary");
        PHRASES.put("Security Council", "council");
        PHRASES.put("security", "security");
        PHRASES.put("the President of the Security Council", "president");
        PHRASES.put("U N", "un-spaced");
        PHRASES.put("ab", "ab");
        PHRASES.put("ab cd", "abcd");
        PHRASES.put("ab cd ef", "abcdef");
        PHRASES.put("Président", "président");
        PHRASES.put("مجلس الأمن", "مجلس");
        PHRASES.put("12 mai", "date");
    }

    private static List<String> found(String text) {
        return new PhraseMatcher<>(PHRASES).find(text).stream()
                .map(h -> h.value() + "@" + h.start() + "-" + h.end()).toList();
    }

    @Test
    void theLongestPhraseWinsWhereSeveralStart() {
        assertThat(found("to the President of the Security Council on")).containsExactly("president@3-40");
        assertThat(found("the Security Council and security")).containsExactly("council@4-20", "security@25-33");
    }

    @Test
    void aPhraseMatchesOnlyWholeWords() {
        assertThat(found("secretaryship and insecurity, abc, 2ab")).isEmpty();
        assertThat(found("ab-cd")).containsExactly("abcd@0-5");
    }

    @Test
    void anyRunOfSpacesAndHyphensStandsBetweenWords() {
        assertThat(found("the Secretary General, the secretary -\n general")).containsExactly("sg@4-21", "sg@27-47");
    }

    @Test
    void aLongerPhraseThatAWordCutsShortFallsBackToTheShorterOne() {
        assertThat(found("ab cd efg")).containsExactly("abcd@0-5");
        assertThat(found("ab cdx")).containsExactly("ab@0-2");
    }

    @Test
    void phrasesAreComparedFolded() {
        assertThat(found("Monsieur le PRESIDENT, مجلس الامن")).containsExactly("président@12-21", "مجلس@23-33");
    }

    @Test
    void aRegionEndsAWordAndStartsOne() {
        PhraseMatcher<String> m = new PhraseMatcher<>(PHRASES);
        FoldedText folded = FoldedText.of("xsecurity councilx");
        assertThat(m.find(folded, 1, 17)).extracting(PhraseMatcher.Hit::value).containsExactly("council");
        assertThat(m.find(folded, 1, 9)).extracting(PhraseMatcher.Hit::value).containsExactly("security");
    }

    @Test
    void aRangeOfTheLetterFoldedOnceFindsWhatTheRangesCopyFinds() {
        // the folded letter body searched by region must give what searching a folded copy of the range gives
        PhraseMatcher<String> m = new PhraseMatcher<>(PHRASES);
        String[] pieces = {"secretary", "general", "security", "council", "the", "président", "مجلس", "الأمن", " ", "-",
            "\n", ",", "\u0640", "\u064B", "\u00AD", "ab", "cd", "x", "(", "2"};
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            String body = RandomTexts.of(random, pieces, 14);
            int from = random.nextInt(body.length() + 1);
            int to = from + random.nextInt(body.length() - from + 1);
            List<PhraseMatcher.Hit<String>> copied = new ArrayList<>();
            for (PhraseMatcher.Hit<String> h : m.find(body.substring(from, to))) {
                copied.add(new PhraseMatcher.Hit<>(h.start() + from, h.end() + from, h.value()));
            }
            FoldedText.ofLetter(body);
            assertThat(FoldedText.ofLastLetter(body)).isNotNull();
            assertThat(m.find(body, from, to)).as("'%s' [%d, %d)", body, from, to).isEqualTo(copied);
        }
    }

    @Test
    void onlyTheVeryLetterTextLastFoldedIsShared() {
        String body = "the Security Council";
        FoldedText folded = FoldedText.ofLetter(body);
        assertThat(FoldedText.ofLetter(body)).isSameAs(folded);
        assertThat(FoldedText.ofLastLetter(new String(body.toCharArray()))).isNull();
        FoldedText.ofLetter("another letter");
        assertThat(FoldedText.ofLastLetter(body)).isNull();
    }

    @Test
    void findsWhatThePhrasesRegularExpressionFindsOnRandomTexts() {
        assertFindsWhatTheRegularExpressionFinds(PHRASES);
    }

    @Test
    void phrasesOpeningWithAMarkAreFoundWhereNoLetterPrecedesThemAsTheRegularExpressionFindsThem() {
        // a phrase opening with punctuation can start inside a word's tail: not only at word starts
        Map<String, String> phrases = new LinkedHashMap<>(PHRASES);
        phrases.put("(ab)", "paren");
        phrases.put(",x", "comma");
        assertFindsWhatTheRegularExpressionFinds(phrases);
    }

    private static void assertFindsWhatTheRegularExpressionFinds(Map<String, String> phrases) {
        PhraseMatcher<String> m = new PhraseMatcher<>(phrases);
        Map<String, String> keys = new LinkedHashMap<>();
        phrases.forEach((p, v) -> keys.putIfAbsent(FoldedText.fold(p).replaceAll("[\\s\\-]+", " ").strip(), v));
        Pattern reference = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Alternation.of(keys.keySet(), "[\\s\\-]+")
                + ")(?![\\p{L}\\p{N}])");
        String[] pieces = {"secretary", "general", "security", "council", "the", "president", "of", "u", "n", "ab", "cd",
            "ef", "x", "12", "mai", "président", "مجلس", "الامن", "الأمن", " ", "  ", "-", " - ", "\n", "\t", ",", "é",
            "\u00A0", "\u2013", "(", ")", "2", "\uD835\uDC00"};
        Random random = new Random(12);
        for (int round = 0; round < 3000; round++) {
            String b = RandomTexts.of(random, pieces, 14);
            FoldedText folded = FoldedText.of(b);
            int len = folded.text().length();
            int start = random.nextInt(len + 1);
            int end = start + random.nextInt(len - start + 1);
            List<String> expected = new ArrayList<>();
            Matcher r = reference.matcher(folded.text());
            r.region(start, end);
            while (r.find()) {
                String value = keys.get(r.group().replaceAll("[\\s\\-]+", " ").strip());
                expected.add(value + "@" + folded.sourceOffset(r.start()) + "-" + folded.sourceEnd(r.end()));
            }
            List<String> actual = m.find(folded, start, end).stream()
                    .map(h -> h.value() + "@" + h.start() + "-" + h.end()).toList();
            assertThat(actual).as("'%s' [%d, %d)", b, start, end).isEqualTo(expected);
        }
    }
}
