package org.unkg.text;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.unkg.extract.rules.LanguageProfiles;
import org.unkg.extract.rules.RuleFiles;

/** The reading rules of the repository's {@code data/rules} (profiles, Arabic word list, page furniture) for text tests. */
final class TextRules {
    private static final RuleFiles RULES = RuleFiles.load(Path.of("data", "rules"));
    private static final List<LanguageProfile> PROFILES = LanguageProfiles.load(RULES);
    private static final List<String> GENERAL = RULES.language("ar", "lexicon.txt").stream().map(r -> String.join(" ", r)).toList();

    private TextRules() {}

    /** The general Arabic word list plus {@code phrases}. */
    static Lexicon lexicon(Collection<String> phrases) {
        return Lexicon.of(GENERAL, phrases, PROFILES.stream().filter(p -> p.code().equals("ar")).findFirst()
                .orElseThrow().words());
    }

    static PageFurniture furniture() {
        return PageFurniture.of(RULES.common("page-furniture.tsv"));
    }

    /** A reader with the general Arabic word list only (no catalog). */
    static LetterReader reader() {
        return new LetterReader(PROFILES, lexicon(List.of()), furniture());
    }

    static LayoutDetector layouts() {
        return new LayoutDetector(PROFILES.stream().flatMap(p -> p.layoutWords().stream()).toList());
    }

    /** The language profiles of {@code data/rules}. */
    static List<LanguageProfile> profiles() {
        return PROFILES;
    }

    static LanguageDetector languages() {
        return new LanguageDetector(PROFILES);
    }
}
