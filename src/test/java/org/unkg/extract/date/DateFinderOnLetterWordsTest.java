package org.unkg.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Pipelines;
import org.unkg.text.FoldedText;
import org.unkg.text.LetterFolders;
import org.unkg.text.LetterWords;

/** Dates found from a letter's shared words ({@link DateFinder#findFolded(LetterWords)}) are those a scan of its text finds. */
class DateFinderOnLetterWordsTest {
    private final DateFinder finder = Pipelines.project().dates();

    private void sameAsTheScan(String text) {
        String folded = FoldedText.of(text).text();
        assertThat(finder.findFolded(LetterWords.of(folded))).as(text).isEqualTo(finder.findFolded(folded));
    }

    @Test
    void randomTextsOfMonthsCuesAndNumbersGiveTheDatesOfTheScan() {
        // month names and year cues of several languages, numbers, words glued to digits and ideographs
        String[] pieces = {"January", "march", "Mars", "juin", "décembre", "diciembre", "يناير", "تشرين", "الثاني", "/",
                "نوفمبر", "марта", "in", "since", "en", "depuis", "في", "عام", "年", "月", "3", "15", "2004", "1999", "٢٠١١",
                "5march", "march2004", "of", "the", "th", "st", ",", ".", "-", " ", " ", " ", "\n", "(", ")", "中", "x1y"};
        Random random = new Random(11);
        int dates = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            sameAsTheScan(b.toString());
            dates += finder.findFolded(FoldedText.of(b.toString()).text()).size();
        }
        // the texts hold dates: the comparison is not only of empty lists
        assertThat(dates).isGreaterThan(100);
    }

    @Test
    void theGenreLettersGiveTheDatesOfTheScan() throws Exception {
        List<Path> letters = LetterFolders.texts(LetterFolders.GENRE);
        assertThat(letters).isNotEmpty();
        for (Path p : letters) {
            sameAsTheScan(Files.readString(p));
        }
    }
}
