package org.unkg.extract.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unkg.extract.rules.Alternation;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.FoldedText;
import org.unkg.text.LanguageProfile;
import org.unkg.text.Tokens;
import org.unkg.text.WordStructure;

/**
 * The vocabulary of names the catalog does not hold, for one language: {@code common/names.tsv} (particles of
 * names written with capitals, words of rivers and lakes) with {@code LANG/names.tsv} (titles, roles, stop words,
 * place cues; the kinds are described in {@code en/names.tsv}), and the honorifics of {@code honorifics.tsv}. Built
 * once per language.
 */
final class NameRules {
    final String language;
    final PhraseMatcher<String> titles;
    final PhraseMatcher<String> roles;
    /**
     * Roles a name may follow with no comma ({@code role} rows): in Latin script all of them; in Arabic those with the
     * article, also with a conjunction or a preposition before them ("بالمستشار", "والمنسق"), not the indefinite ones,
     * which govern the noun after them ("رئيس بعثة").
     */
    final PhraseMatcher<String> bareRoles;
    /** The role phrases with and without the article, also after a conjunction or a preposition ("بوزير", "ووزير"). */
    final PhraseMatcher<String> cliticRoles;
    final PhraseMatcher<String> plurals;
    final PhraseMatcher<String> appoints;
    final PhraseMatcher<String> placeCues;
    final PhraseMatcher<String> placeWeak;
    final PhraseMatcher<String> placeAfter;
    final PhraseMatcher<String> placeLists;
    final Set<String> roleLeads = new HashSet<>();
    final Set<String> roleLinks = new HashSet<>();
    final Set<String> particles = new HashSet<>();
    final Set<String> suffixes = new HashSet<>();
    final Set<String> notName = new HashSet<>();
    /** Words that are no names on their own but continue one, capitalized between name words ({@code inner-word}). */
    final Set<String> innerWords = new HashSet<>();
    final Set<String> stops = new HashSet<>();
    /**
     * (Arabic) words that start no name though they may follow a title or a role: the object of the verb whose subject
     * the role is, a verbal noun or a common noun ({@code not-name-start}: "تأكيدات", "قلقا").
     */
    final Set<String> notNameStart = new HashSet<>();
    /**
     * (Arabic) endings a noun and its adjective share and two words of a name seldom both have ({@code agreeing-ending}:
     * "ة", the accusative "ا"), as written: "إحاطة شاملة" is a noun with its adjective, not a name.
     */
    final List<String> agreeingEndings = new java.util.ArrayList<>();
    /** (Arabic) a preposition, as written, that opens a role's complement on the word after it ({@code complement-clitic}: "ل"). */
    final List<String> complementClitics = new java.util.ArrayList<>();
    final Set<String> ends = new HashSet<>();
    /**
     * (Arabic) titles of the Gulf and royal styles ({@code chain-title}: "الشيخ", "الأمير") after which a name runs over
     * its articled parts, father's, grandfather's and family's names ("صباح الأحمد الجابر الصباح"), to the first word that
     * is no name part.
     */
    final Set<String> chainTitles = new HashSet<>();
    /**
     * (Arabic) given names that begin with the letter of a {@code complement-clitic} ({@code clitic-name}: "ليلى",
     * "لخضر"): after a role, a name, not the role's complement.
     */
    final Set<String> cliticNames = new HashSet<>();
    /**
     * (Arabic) stop words that are also given names ({@code inner-name}: "علي", Ali, which undotted text also writes for
     * "على"): inside a name, between a name word and another, a name part ("محمود علي يوسف"), never a name's first word.
     */
    final Set<String> innerNames = new HashSet<>();
    /** (Arabic) words that link a role's complement to the State it is of ({@code state-link}: "في", "لدى"). */
    final Set<String> stateLinks = new HashSet<>();
    /** Endings of a patronymic in any case ({@code patronymic-ending}: "ович", "евича", "овна"), as folded. */
    final List<String> patronymicEndings = new java.util.ArrayList<>();
    final Set<String> compounds = new HashSet<>();
    final Set<String> compoundsAfter = new HashSet<>();
    final Set<String> placeKept = new HashSet<>();
    /** Words joining places in a list (place-list and place-weak phrases). */
    final Set<String> listWords = new HashSet<>();
    final Set<String> notPlace = new HashSet<>();
    final Set<String> notPlaceBefore = new HashSet<>();
    /** Words after ({@code not-person}) or before ({@code not-person-before}) a person's name that make it a longer name's part. */
    final Set<String> notPerson = new HashSet<>();
    final Set<String> notPersonBefore = new HashSet<>();
    final Set<String> stateEndings = new HashSet<>();
    final Set<String> arabicPlaceCues = new HashSet<>();
    /** Head nouns of bodies' names and the catalog class (local name) a body so named most likely is. */
    final Map<String, String> bodyHeads = new HashMap<>();
    final Set<String> links = new HashSet<>();
    /**
     * The words of a working group's name ({@code not-body-group}: "working group", "groupe de travail"): a name defined
     * by an acronym that holds them names an organ's working group, which is no organization.
     */
    final List<String[]> workingGroups = new java.util.ArrayList<>();
    final Set<String> adjectiveEndings = new HashSet<>();
    final Set<String> features = new HashSet<>();
    final Set<String> featuresAfter = new HashSet<>();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> abbreviations = new HashSet<>();
    /** The structure of Arabic-script words (clitics, article, pronouns: {@code clitics.tsv}), or none. */
    final WordStructure arabic;
    /** Prepositions read off a word of three letters or more to find a stop word or a place word behind it (ب ل). */
    final Set<String> stopClitics = new HashSet<>();
    /** Prepositions read off a word to find an honorific behind it (ل). */
    final Set<String> honorificClitics = new HashSet<>();
    /** An elided word and its apostrophe at a word's start, before a letter ({@code elision}: "l'", "d'", "qu'"). */
    final java.util.regex.Pattern elision;
    /** An elided article or preposition at a word's start, read off before its initial ({@code article-elision}: "l'"). */
    private final java.util.regex.Pattern elided;
    /** Endings of a possessive read off a name's last word ({@code possessive-ending}: "'s"), longest first. */
    final List<String> possessiveEndings;
    /** Words joining the names after a plural title ({@code plural-joiner}: "and", "et", "y"). */
    final Set<String> pluralJoiners = new HashSet<>();
    /** Words between a place cue and a place's name ({@code place-genitive}: "of", "de", "d'"). */
    final Set<String> placeGenitives = new HashSet<>();
    /** The same as a regular expression read off the start of the words between. */
    final java.util.regex.Pattern placeGenitive;
    /** Words between a feature's word and its name ({@code feature-link}: "of", "of the", "de", "du", "la"). */
    final Set<String> featureLinks = new HashSet<>();

    private NameRules(String language, WordStructure arabic, Map<String, Map<String, String>> phrases, List<String[]> all) {
        this.language = language;
        this.arabic = arabic;
        String elisions = Alternation.ofKind(all, "elision", " ");
        elision = java.util.regex.Pattern.compile("^(?:" + elisions + ")" + NameTokens.APOSTROPHES + "(?=\\p{L})");
        elided = java.util.regex.Pattern.compile("(?iu)^(?:" + Alternation.ofKind(all, "article-elision", " ") + ")" + NameTokens.APOSTROPHES);
        List<String> endings = new java.util.ArrayList<>();
        for (String[] row : all) {
            if (row.length >= 2 && row[0].equals("possessive-ending")) {
                for (char a : NameTokens.APOSTROPHE_CHARS.toCharArray()) {
                    if (!endings.contains(row[1].replace('\'', a))) {
                        endings.add(row[1].replace('\'', a));
                    }
                }
            }
        }
        endings.sort((a, b) -> b.length() - a.length());
        possessiveEndings = List.copyOf(endings);
        placeGenitive = java.util.regex.Pattern.compile("^\\s*" + Alternation.ofKind(all, "place-genitive", " ").replace("\\u0027", "['’]")
                + "(?=\\s|\\p{L}|$)");
        titles = new PhraseMatcher<>(withClitics(phrases.getOrDefault("title", Map.of()), arabic, false));
        roles = matcher(phrases, "role");
        bareRoles = new PhraseMatcher<>(withClitics(phrases.getOrDefault("role", Map.of()), arabic, true));
        cliticRoles = new PhraseMatcher<>(withPrefixes(phrases.getOrDefault("role", Map.of()), arabic));
        plurals = matcher(phrases, "plural");
        appoints = matcher(phrases, "appoint");
        placeCues = matcher(phrases, "place-cue");
        placeWeak = matcher(phrases, "place-weak");
        placeAfter = matcher(phrases, "place-after");
        placeLists = matcher(phrases, "place-list");
    }

    /**
     * {@code phrases} with, for each Arabic phrase, its forms with a clitic before it: a conjunction ("ورئيس الوزراء"),
     * and with {@code definite} also a preposition, the Arabic phrases without the article then dropped; phrases in
     * other scripts as they are.
     */
    private static Map<String, String> withClitics(Map<String, String> phrases, WordStructure arabic, boolean definite) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : phrases.entrySet()) {
            String p = e.getKey();
            boolean arabicPhrase = !p.isEmpty() && Character.UnicodeScript.of(p.codePointAt(0)) == Character.UnicodeScript.ARABIC;
            if (!arabicPhrase) {
                out.put(p, e.getValue());
                continue;
            }
            if (definite && !arabic.hasArticle(FoldedText.fold(p))) {
                continue;
            }
            out.put(p, e.getValue());
            List<String> clitics = new java.util.ArrayList<>(arabic.conjunctions());
            if (definite) {
                for (String c : arabic.prefixes()) {
                    // the lam preposition swallows the article's alef ("للمنسق"): not a clitic written before it
                    String lam = arabic.lamPreposition();
                    if (lam == null || !c.endsWith(lam)) {
                        clitics.add(c);
                    }
                }
            }
            for (String c : clitics) {
                out.putIfAbsent(c + p, e.getValue());
            }
        }
        return out;
    }

    /**
     * {@code phrases} with, for each Arabic phrase, its forms after a conjunction and after a preposition ("ووزير",
     * "بوزير", "لوزير"; not the lam before the article, which swallows its alef).
     */
    private static Map<String, String> withPrefixes(Map<String, String> phrases, WordStructure arabic) {
        Map<String, String> out = new LinkedHashMap<>(withClitics(phrases, arabic, false));
        String lam = arabic.lamPreposition();
        for (Map.Entry<String, String> e : phrases.entrySet()) {
            String p = e.getKey();
            if (p.isEmpty() || Character.UnicodeScript.of(p.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
                continue;
            }
            boolean articled = arabic.hasArticle(FoldedText.fold(p));
            for (String c : arabic.prefixes()) {
                if (!articled || lam == null || !c.endsWith(lam)) {
                    out.putIfAbsent(c + p, e.getValue());
                }
            }
        }
        return out;
    }

    private static PhraseMatcher<String> matcher(Map<String, Map<String, String>> phrases, String kind) {
        return new PhraseMatcher<>(phrases.getOrDefault(kind, Map.of()));
    }

    /** The rules of every language with a {@code LANG/names.tsv}, by ISO 639-1 code. */
    static Map<String, NameRules> load(RuleFiles rules, List<LanguageProfile> profiles) {
        Map<String, NameRules> out = new HashMap<>();
        WordStructure arabic = arabicWords(profiles);
        for (LanguageProfile p : profiles) {
            if (!rules.language(p.code(), "names.tsv").isEmpty()) {
                out.put(p.code(), of(p.code(), p.capitals(), arabic, rules));
            }
        }
        return Map.copyOf(out);
    }

    /** The rules for a language without a {@code names.tsv}: the particles of capitalised names and the honorifics. */
    static NameRules none(RuleFiles rules, List<LanguageProfile> profiles) {
        return of("", true, arabicWords(profiles), rules);
    }

    /** The word structure of the first language written in the Arabic script that has one ({@code clitics.tsv}). */
    private static WordStructure arabicWords(List<LanguageProfile> profiles) {
        for (LanguageProfile p : profiles) {
            if (!p.words().isEmpty() && Character.UnicodeScript.forName(p.script()) == Character.UnicodeScript.ARABIC) {
                return p.words();
            }
        }
        return WordStructure.NONE;
    }

    /**
     * The rules of {@code language}: its {@code names.tsv}, with {@code common/names.tsv} (all of it for a language
     * that writes names with capitals, only the words of rivers and lakes otherwise).
     */
    private static NameRules of(String language, boolean capitals, WordStructure arabic, RuleFiles rules) {
        List<String[]> rows = new java.util.ArrayList<>(rules.language(language, "names.tsv"));
        if (capitals) {
            rows.addAll(rules.common("names.tsv"));
        } else {
            rows.addAll(rules.common("names.tsv").stream().filter(r -> r[0].startsWith("feature")).toList());
        }
        Map<String, Map<String, String>> phrases = new HashMap<>();
        for (String[] row : rows) {
            if (row.length >= 2) {
                phrases.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(row[1], row[1]);
            }
        }
        List<String[]> all = rules.everyLanguage("names.tsv");
        NameRules r = new NameRules(language, arabic, phrases, all);
        for (String[] row : rows) {
            if (row.length < 2) {
                continue;
            }
            String folded = FoldedText.fold(row[1]);
            switch (row[0]) {
                case "role-lead" -> r.roleLeads.addAll(Tokens.texts(folded));
                case "role-link" -> r.roleLinks.add(folded);
                case "particle" -> r.particles.add(folded);
                case "suffix" -> r.suffixes.add(row[1]);
                case "not-name" -> r.notName.add(folded);
                case "inner-word" -> r.innerWords.add(folded);
                case "stop" -> r.stops.add(folded);
                case "not-name-start" -> r.notNameStart.add(folded);
                case "agreeing-ending" -> r.agreeingEndings.add(row[1]);
                case "complement-clitic" -> r.complementClitics.add(row[1]);
                case "end" -> r.ends.add(folded);
                case "chain-title" -> r.chainTitles.add(folded);
                case "clitic-name" -> r.cliticNames.add(folded);
                case "inner-name" -> r.innerNames.add(folded);
                case "state-link" -> r.stateLinks.add(folded);
                case "patronymic-ending" -> r.patronymicEndings.add(folded);
                case "compound" -> r.compounds.add(folded);
                case "compound-after" -> r.compoundsAfter.add(folded);
                case "place-kept" -> r.placeKept.add(folded);
                case "place-list", "place-weak" -> r.listWords.add(folded);
                case "not-place" -> r.notPlace.add(folded);
                case "not-place-before" -> r.notPlaceBefore.add(folded);
                case "not-person" -> r.notPerson.add(folded);
                case "not-person-before" -> r.notPersonBefore.add(folded);
                case "state-ending" -> r.stateEndings.add(folded);
                case "place-word" -> r.arabicPlaceCues.add(folded);
                case "body-head" -> r.bodyHeads.put(folded, row.length > 2 ? row[2] : null);
                case "link" -> r.links.add(folded);
                case "not-body-group" -> r.workingGroups.add(folded.split("\\s+"));
                case "adjective-ending" -> r.adjectiveEndings.add(folded);
                case "feature" -> r.features.add(folded);
                case "feature-after" -> r.featuresAfter.add(folded);
                default -> { }
            }
        }
        for (String[] row : rules.everyLanguage("honorifics.tsv")) {
            if (row.length >= 2 && row[0].equals("title")) {
                String folded = FoldedText.fold(row[1]);
                r.honorifics.add(folded);
                r.notName.add(folded);
            }
        }
        for (String[] row : rules.language(language, "honorifics.tsv")) {
            if (row.length >= 2 && row[0].equals("stop")) {
                r.ends.add(FoldedText.fold(row[1]));
            }
        }
        for (String s : r.suffixes) {
            r.abbreviations.add(FoldedText.fold(s));
        }
        for (String h : r.honorifics) {
            if (h.endsWith(".")) {
                r.abbreviations.add(h);
            }
        }
        // abbreviations, stop and honorific clitics hold whatever the letter's language (a French letter writes "Mr.")
        for (String[] row : all) {
            if (row.length < 2) {
                continue;
            }
            switch (row[0]) {
                case "abbreviation" -> r.abbreviations.add(FoldedText.fold(row[1]));
                case "plural-joiner" -> r.pluralJoiners.add(FoldedText.fold(row[1]));
                case "place-genitive" -> r.placeGenitives.add(FoldedText.fold(row[1]));
                case "feature-link" -> r.featureLinks.add(FoldedText.fold(row[1]));
                case "stop-clitic" -> r.stopClitics.add(FoldedText.fold(row[1]));
                case "honorific-clitic" -> r.honorificClitics.add(FoldedText.fold(row[1]));
                default -> { }
            }
        }
        return r;
    }

    /**
     * Whether the folded Latin word is the adjective of one of the folded one-word state names {@code states}: the
     * state is the word plus a state ending ("tajik" + "istan"), or the word is a stem of four letters or more of the
     * state's name plus an adjective ending ("leban" + "ese", "liberia" + "n").
     */
    boolean stateAdjective(String word, Set<String> states) {
        for (String e : stateEndings) {
            if (states.contains(word + e)) {
                return true;
            }
        }
        for (String e : adjectiveEndings) {
            if (word.length() - e.length() >= 4 && word.endsWith(e)) {
                String stem = word.substring(0, word.length() - e.length());
                for (String s : states) {
                    if (s.startsWith(stem) && s.length() - stem.length() <= 2) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the folded Arabic word, or the word without a clitic (a conjunction or a {@code stop-clitic}: و ف ب ل), is
     * a word only places follow ("مدينة").
     */
    boolean arabicPlaceCue(String folded) {
        if (arabicPlaceCues.contains(folded)) {
            return true;
        }
        if (folded.length() <= 3) {
            return false;
        }
        String c = folded.substring(0, 1);
        return (arabic.conjunctions().contains(c) || stopClitics.contains(c)) && arabicPlaceCues.contains(folded.substring(1));
    }

    /** Whether the folded Arabic word is an honorific after a conjunction or an {@code honorific-clitic} (والسيد). */
    boolean cliticHonorific(String folded) {
        return afterHonorificClitic(folded, honorifics);
    }

    /** Whether the folded word ends as a patronymic does ({@code patronymic-ending}), with at least three letters before. */
    boolean patronymic(String folded) {
        for (String e : patronymicEndings) {
            if (folded.endsWith(e) && folded.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded Arabic word is a {@code chain-title}, also after a conjunction or an honorific clitic ("والشيخ", "للأمير"). */
    boolean chainTitle(String folded) {
        return chainTitles.contains(folded) || afterHonorificClitic(folded, chainTitles);
    }

    /**
     * Whether the folded Arabic word is one of {@code words} after a conjunction, an {@code honorific-clitic}, or both
     * ("والسيد", "بالسفير", "وبالدكتور").
     */
    private boolean afterHonorificClitic(String folded, Set<String> words) {
        if (folded.length() <= 3) {
            return false;
        }
        String c = folded.substring(0, 1);
        String rest = folded.substring(1);
        if ((arabic.conjunctions().contains(c) || honorificClitics.contains(c)) && words.contains(rest)) {
            return true;
        }
        return arabic.conjunctions().contains(c) && rest.length() > 3 && honorificClitics.contains(rest.substring(0, 1))
                && words.contains(rest.substring(1));
    }

    /** The possessive ending {@code word} ends with ("'s"), or null. */
    String possessiveEnding(String word) {
        for (String e : possessiveEndings) {
            if (word.endsWith(e)) {
                return e;
            }
        }
        return null;
    }

    /** {@code word} without an elided word at its start ("l'Union" → "Union"). */
    String withoutElision(String word) {
        return elided.matcher(word).replaceFirst("");
    }

    /** Whether the folded Arabic word opens with the article (ال). */
    boolean arabicArticle(String folded) {
        return arabic.hasArticle(folded);
    }

    /**
     * Whether the Arabic word {@code t} opens with the article as written, not only once folded: an alef with a hamza
     * followed by a lam ("ألفارو", "أليس") folds like the article but is a name's first letters.
     */
    boolean articled(NameTokens.Tok t) {
        return arabicArticle(t.folded()) && writtenArticle(t);
    }

    /** Whether the Arabic word {@code t} opens with a clitic and the article as written ("بالمهام", "للبعثة"), see {@link #articled}. */
    boolean cliticArticled(NameTokens.Tok t) {
        return arabic.cliticAndArticle(t.folded()) && writtenArticle(t);
    }

    /** Whether the article the folded word {@code t} holds in its first letters is written so (no hamza folded away). */
    private boolean writtenArticle(NameTokens.Tok t) {
        String article = arabic.article();
        int at = t.folded().indexOf(article);
        if (at < 0) {
            return true;
        }
        String bare = MARKS.matcher(t.text()).replaceAll("");
        // a clitic and the article with one letter or none after them is a short word of its own ("وال", a name's part)
        return bare.startsWith(article, at) && t.folded().length() > at + article.length() + 1;
    }

    /** Combining marks and the tatweel, which folding drops. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[\\p{M}\\u0640]");

    /** Whether {@code folded} ends an Arabic name: a stop word or a role word or adjective ({@link #functionWord}). */
    boolean arabicStop(String folded) {
        return functionWord(folded, true);
    }

    /**
     * Whether {@code folded} is an Arabic stop word (with {@code ends}, or a role word or adjective), as written or after
     * a clitic is taken off it: a conjunction (و ف) before any such word ("وفي", "وقد"), a {@code stop-clitic} (ب ل)
     * before one of three letters or more ("بشأن"; not "بان", which is also a name).
     */
    boolean functionWord(String folded, boolean ends) {
        if (stops.contains(folded) || ends && this.ends.contains(folded)) {
            return true;
        }
        if (folded.length() < 3) {
            return false;
        }
        String c = folded.substring(0, 1);
        String rest = folded.substring(1);
        if (arabic.conjunctions().contains(c)) {
            return stops.contains(rest) || ends && this.ends.contains(rest) || rest.length() >= 4 && functionWord(rest, ends);
        }
        return stopClitics.contains(c) && rest.length() >= 3 && (stops.contains(rest) || ends && this.ends.contains(rest));
    }
}
