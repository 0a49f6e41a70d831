package org.unkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.mention.MentionExtractor;
import org.unkg.extract.reference.ReferenceExtractor;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Reference;

/**
 * Words that extraction once held in Java are read from the rule files: a row added to a copy of {@code data/rules}
 * (a word the repository's rules lack) changes what a letter gives, with no Java change. The words are made up for
 * the test so the repository's rules cannot already hold them.
 */
class RuleWordsAreReadTest {
    @TempDir
    Path rules;

    /**
     * The context over a copy of the repository's rules with {@code row} appended to {@code file} (the test catalog);
     * {@link TestLetters#context()} is the same over the repository's rules.
     */
    private ExtractionContext withRow(String file, String row) throws IOException {
        Path copy = Files.createTempDirectory(rules, "rules");
        try (Stream<Path> files = Files.walk(Pipelines.RULES)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(Pipelines.RULES.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.writeString(copy.resolve(file), "\n" + row + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return ExtractionContext.load(Pipelines.TEST_CATALOG, copy);
    }

    private static List<String> references(ExtractionContext context, String text) {
        LetterFacts facts = new LetterFacts();
        new ReferenceExtractor(context).extract(LetterAnalysis.of(TestLetters.of(text, "en"), context), facts);
        return facts.references().stream().map(Reference::symbol).toList();
    }

    private static List<String> persons(ExtractionContext context, String text) {
        LetterFacts facts = new LetterFacts();
        new MentionExtractor(context).extract(LetterAnalysis.of(TestLetters.of(text, "en"), context), facts);
        return facts.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).map(m -> m.label()).toList();
    }

    private static final String SEPARATED = "The Council, in its resolutions 1267 (1999) alongwith 1333 (2000), decided so.";

    @Test
    void aListSeparatorOfReferencesTsvJoinsTheResolutionsOfAList() throws IOException {
        assertThat(references(TestLetters.context(), SEPARATED)).containsExactly("S/RES/1267(1999)");
        assertThat(references(withRow("en/references.tsv", "list-separator\talongwith"), SEPARATED))
                .containsExactly("S/RES/1267(1999)", "S/RES/1333(2000)");
    }

    private static final String DATED = "The Council, in its resolutions 1267 (1999) votedon 15 October 1999 and 1333 (2000),"
            + " decided so.";

    @Test
    void anOfDateOfReferencesTsvLeadsToAListedResolutionsOwnDate() throws IOException {
        assertThat(references(TestLetters.context(), DATED)).containsExactly("S/RES/1267(1999)");
        assertThat(references(withRow("en/references.tsv", "of-date\tvotedon"), DATED))
                .containsExactly("S/RES/1267(1999)", "S/RES/1333(2000)");
    }

    private static final String PLURAL = "I met Presidents Ali Bongo Ondimba withal Paul Biya in Libreville.";

    @Test
    void aPluralJoinerOfNamesTsvJoinsTheNamesAfterAPluralTitle() throws IOException {
        assertThat(persons(TestLetters.context(), PLURAL)).containsExactly("Ali Bongo Ondimba");
        assertThat(persons(withRow("en/names.tsv", "plural-joiner\twithal"), PLURAL))
                .containsExactlyInAnyOrder("Ali Bongo Ondimba", "Paul Biya");
    }
}
