package org.unkg.extract.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.text.LetterFolders;
import org.unkg.text.LetterText;
import org.unkg.text.MatchNormalizer;

/**
 * The gazetteer reading a letter's shared words ({@link Gazetteer#find(LetterAnalysis)}) finds what it finds reading the
 * letter's match form on its own ({@link Gazetteer#find(LetterText)}).
 */
class GazetteerOnLetterWordsTest {
    private final ExtractionContext context = Pipelines.project();
    private final Gazetteer gazetteer = context.gazetteer();

    /** Whether the analysis reads the letter's words (else it falls back to the match form). */
    private static boolean byWords(LetterAnalysis a) {
        return a.words().plain() && MatchNormalizer.foldsAsItself(a.body());
    }

    private int sameAsTheMatchForm(LetterText letter) {
        LetterAnalysis analysis = LetterAnalysis.of(letter, context);
        assertThat(gazetteer.find(analysis)).as(letter.source()).isEqualTo(gazetteer.find(letter));
        return byWords(analysis) ? 1 : 0;
    }

    @Test
    void theGenreLettersAndTheSeedsGiveTheNamesOfTheMatchForm() throws Exception {
        List<Path> files = LetterFolders.texts(LetterFolders.GENRE, LetterFolders.SEEDS);
        int byWords = 0;
        for (Path p : files) {
            byWords += sameAsTheMatchForm(Pipelines.read(p.getFileName().toString(), Files.readString(p)));
        }
        // most letters are read by their words: the comparison is not only of the fall-back with itself
        assertThat(byWords).isGreaterThan(files.size() / 2);
    }

    @Test
    void randomTextsOfCatalogWordsGiveTheNamesOfTheMatchForm() throws Exception {
        List<String> words = new ArrayList<>();
        for (CatalogEntry e : gazetteer.entries()) {
            for (String label : e.labels()) {
                words.addAll(List.of(label.split(" ")));
            }
        }
        words.sort(null);
        // separators names may and may not span, marks and forms some letters carry, declined Russian endings
        String[] between = {" ", " ", " ", ", ", "-", ". ", "'", "\n", " (", ") ", "\u00a0", "ـ", " the ", " of ",
                "\u0301", "\ufe8e", "\u4e2d", "ом ", "е ", " - ", "\u2019"};
        Random random = new Random(5);
        int byWords = 0;
        int texts = 400;
        for (int t = 0; t < texts; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(words.get(random.nextInt(words.size())));
                // the rarer separators (marks, presentation forms, ideographs) in few texts only
                int k = random.nextInt(t % 4 == 0 ? between.length : 14);
                b.append(between[k]);
            }
            byWords += sameAsTheMatchForm(Pipelines.read("random-" + t + ".txt", b.toString()));
        }
        assertThat(byWords).isGreaterThan(texts / 2);
    }
}
