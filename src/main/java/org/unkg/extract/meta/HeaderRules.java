package org.unkg.extract.meta;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.date.DateFinder;
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.Openings;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RoleWords;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;
import org.unkg.text.LanguageProfile;

/**
 * The header cue words ({@code header.tsv}), the role and direction words of title lines ({@code roles.tsv}),
 * language names ({@code language-names.tsv}) and ordinals ({@code ordinals.tsv}) of every language, and the organ
 * classes of {@code common/organ-classes.tsv}.
 */
final class HeaderRules {
    final PhraseMatcher<String> dated;
    final PhraseMatcher<String> distr;
    final PhraseMatcher<String> original;
    final PhraseMatcher<String> session;
    final PhraseMatcher<String> title;
    /** Title words that open a title only at a line's start ({@code line-title}: a reprint's "Dated ..."). */
    final PhraseMatcher<String> lineTitle;
    /**
     * Title words that end a title whose line opens with the letter's date ({@code title-after-date}: the Chinese
     * "2010年3月2日秘书长给安全理事会主席的信", its noun "的信" last).
     */
    final PhraseMatcher<String> titleAfterDate;
    /** Words of a line introducing the letter's text with its date ({@code lead-in}: "the text of a letter, dated D:"). */
    final PhraseMatcher<String> leadIn;
    final Openings openings;
    final PhraseMatcher<String> documents;
    /** Words that cite the document whose symbol follows them ("see", "voir", "انظر"): {@code header.tsv} {@code see}. */
    final PhraseMatcher<String> seeCues;
    final PhraseMatcher<String> ofDate;
    final PhraseMatcher<String> distrWords;
    final PhraseMatcher<String> unHeader;
    final PhraseMatcher<String> roles;
    final PhraseMatcher<String> from;
    final PhraseMatcher<String> to;
    final PhraseMatcher<String> missionSuffix;
    /** Words between a place and a date on a date line ("Genève, le 3 mars", "Done at Geneva on"): {@code date-lead}. */
    final PhraseMatcher<String> dateLead;
    /** A complimentary close or a signature mark ({@code signatures.tsv}: close, cue): a closing date stands near one. */
    final PhraseMatcher<String> closing;
    /** Headings that end the letter's own text ({@code signatures.tsv}: block-end, "Annex"). */
    final PhraseMatcher<String> annex;
    final Set<String> notTitle = new HashSet<>();
    /** What joins a further addressee to the title's last party ({@code addressee-joiner}: "and to the", "et au", "و"). */
    final java.util.regex.Pattern joined;
    /** The words between the symbols in brackets after a title ({@code symbol-joiner}: "and", "et", "و"), anywhere. */
    final java.util.regex.Pattern symbolJoiners;
    final DateFinder dates;
    final Map<String, String> languages = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final Set<String> organClasses = new HashSet<>();

    /** The prepositions a language name may carry ("بالروسية"), and the conjunctions an ordinal may ("والستون"). */
    final List<String> prepositions = new java.util.ArrayList<>();
    final List<String> conjunctions = new java.util.ArrayList<>();

    HeaderRules(RuleFiles rules, DateFinder dates, List<LanguageProfile> profiles, RoleWords roleWords) {
        this.dates = dates;
        for (LanguageProfile p : profiles) {
            prepositions.addAll(p.words().prepositions());
            conjunctions.addAll(p.words().conjunctions());
        }
        List<String[]> header = rules.everyLanguage("header.tsv");
        dated = PhraseMatcher.ofKind(header, "dated");
        distr = PhraseMatcher.ofKind(header, "distr");
        original = PhraseMatcher.ofKind(header, "original");
        session = PhraseMatcher.ofKind(header, "session");
        title = PhraseMatcher.ofKind(header, "title");
        lineTitle = PhraseMatcher.ofKind(header, "line-title");
        titleAfterDate = PhraseMatcher.ofKind(header, "title-after-date");
        leadIn = PhraseMatcher.ofKind(header, "lead-in");
        openings = Openings.of(rules);
        documents = PhraseMatcher.ofKind(header, "document");
        seeCues = PhraseMatcher.ofKind(header, "see");
        ofDate = PhraseMatcher.ofKind(header, "of-date");
        distrWords = PhraseMatcher.ofKind(header, "distr-word");
        unHeader = PhraseMatcher.ofKind(header, "un-header");
        joined = java.util.regex.Pattern.compile("(?iu)[\\s,]*(?:" + Alternation.ofKind(header, "addressee-joiner", " ")
                + "[\\s,]*)+");
        symbolJoiners = java.util.regex.Pattern.compile("[\\s,;\\-]|" + Alternation.ofKind(header, "symbol-joiner", " "));
        roles = roleWords.roles();
        from = roleWords.from();
        to = roleWords.to();
        missionSuffix = roleWords.missionSuffix();
        dateLead = PhraseMatcher.ofKind(header, "date-lead");
        List<String[]> signatures = rules.everyLanguage("signatures.tsv");
        List<String[]> closingRows = new java.util.ArrayList<>();
        for (String[] row : signatures) {
            if (row.length > 1 && (row[0].equals("close") || row[0].equals("cue"))) {
                closingRows.add(new String[] {"closing", row[1]});
            }
        }
        closing = PhraseMatcher.ofKind(closingRows, "closing");
        annex = PhraseMatcher.ofKind(signatures, "block-end");
        for (String[] row : rules.everyLanguage("language-names.tsv")) {
            languages.put(FoldedText.fold(row[0]), row[1]);
        }
        for (String[] row : rules.common("organ-classes.tsv")) {
            organClasses.add(row[0]);
        }
        for (String[] row : header) {
            if (row[0].equals("not-title")) {
                notTitle.add(FoldedText.fold(row[1]));
            }
        }
        for (String[] row : rules.everyLanguage("ordinals.tsv")) {
            ordinals.put(FoldedText.fold(row[0]), Integer.parseInt(row[1]));
        }
    }

    /** ISO code of a language name as written (a preposition read off: بالروسية), or null. */
    String language(String word) {
        String w = FoldedText.fold(word).replaceAll("[^\\p{L}]", "");
        String code = languages.get(w);
        for (int i = 0; code == null && i < prepositions.size(); i++) {
            if (w.startsWith(prepositions.get(i))) {
                code = languages.get(w.substring(prepositions.get(i).length()));
            }
        }
        return code;
    }

    /** Value of an ordinal word (a conjunction read off: والستون), or 0. */
    int ordinal(String word) {
        String w = FoldedText.fold(word);
        Integer v = ordinals.get(w);
        for (int i = 0; v == null && i < conjunctions.size(); i++) {
            if (w.startsWith(conjunctions.get(i))) {
                v = ordinals.get(w.substring(conjunctions.get(i).length()));
            }
        }
        return v == null ? 0 : v;
    }
}
