package org.unkg.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.mention.NameTokens.Gap;
import org.unkg.extract.mention.NameTokens.Tok;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;

/**
 * Persons a letter names whom the catalog need not know, recognised from the letter's own structure:
 * <ul>
 *   <li>after an honorific: "Mr. Ian Martin", "M. Fall", "السيد إيان مارتن";</li>
 *   <li>after a title, with no comma: "President Henrique Rosa", "le Premier Ministre Soro", "King Mohammed VI",
 *       "رئيس الوزراء عبد الرحيم الكيب";</li>
 *   <li>after a role phrase and a comma: "my Special Representative, Dieter Boden", "the Chairperson of the
 *       Commission of the African Union, Jean Ping", "ممثلي الخاص، إيان مارتن،";</li>
 *   <li>before a comma and a role: "Foday Sankoh, the leader of ...", "Jean Ping, Président de la Commission",
 *       "جمال بنعمر، مستشاري الخاص";</li>
 *   <li>as the object of an appointment or a succession: "appoint Mary Robinson as", "succeeding Ramón Lagos";</li>
 *   <li>in a list after a plural title: "the two Foreign Secretaries, A B and C D";</li>
 *   <li>after a signature mark anywhere in the letter (an annex's signer): "(Signed) Mohamed Ibn Chambas".</li>
 * </ul>
 * A Latin-script name is a run of capitalized words, with initials ("R.M.", "B."), particles inside it ("de",
 * "bin", "al-"), a generational or regnal suffix ("III", "VI"), possibly over a line break; an Arabic name is up to
 * four units (a word, or "عبد"/"بن"/"ولد" and the next word) up to a stop word or punctuation, ending at the first word
 * with the article. Words the rules call not-names (roles, organizations' words, months, function words) end a name.
 * A name overlapping a catalog organization (or, unless an honorific, title or signature introduces it, a state)
 * is cut before it or dropped; a name the catalog or the signature already gives is left to them; a shorter name
 * (a surname on later mention: "Mr. Honwana", "General Seabra", "السيد مارتن") whose words all belong to a longer one
 * is that person. The spans of all of them are returned, so that a place or a state inside a person's name
 * ("Aristides Lima", "Louis Sylvain-Goma") is not reported.
 */
final class PersonNames {
    private static final int MAX_COMPLEMENT_WORDS = 16;

    /** How a name was introduced. */
    enum Cue { HONORIFIC, TITLE, ROLE_BEFORE, ROLE_BARE, ROLE_AFTER, APPOINT, PLURAL, SIGNED, PATRONYMIC }

    /** A person the letter names: the label as written, its span, and whether it is reported (not another's mention). */
    record Person(String label, Span span, boolean reported, Cue cue, int words) {
        /** Whether the name is surely a person's: reported, or introduced by an honorific, a title or a signature, or of two words or more. */
        boolean solid() {
            return reported || words >= 2 || cue == Cue.HONORIFIC || cue == Cue.TITLE || cue == Cue.SIGNED;
        }
    }

    private record Candidate(int from, int to, Cue cue, boolean surnameTitle) {}

    private final Map<String, NameRules> byLanguage;
    private final NameRules none;
    private final Pattern signed;
    private final Set<String> signatureTitles = new HashSet<>();
    private final Set<String> surnameTitles = new HashSet<>();

    PersonNames(RuleFiles rules, Map<String, NameRules> byLanguage, NameRules none) {
        this.byLanguage = byLanguage;
        this.none = none;
        List<String> cues = new ArrayList<>();
        for (String[] row : rules.everyLanguage("signatures.tsv")) {
            if (row.length < 2) {
                continue;
            }
            if (row[0].equals("cue")) {
                cues.add(Pattern.quote(row[1]));
            } else if (row[0].equals("title")) {
                signatureTitles.add(FoldedText.fold(row[1]));
            }
        }
        signed = Pattern.compile("\\(\\s*(?:" + (cues.isEmpty() ? "(?!)" : String.join("|", cues)) + ")\\s*\\)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String lang : byLanguage.keySet()) {
            for (String[] row : rules.language(lang, "names.tsv")) {
                if (row.length >= 2 && row[0].equals("title-surname")) {
                    surnameTitles.add(FoldedText.fold(row[1]));
                }
            }
        }
    }

    /** The rules of {@code language} (the Latin particles and the honorifics for a language without names rules). */
    NameRules rules(String language) {
        return byLanguage.getOrDefault(language, none);
    }

    /**
     * The persons the words {@code toks} of a letter name, by the rules {@code r} of its language; {@code folded} is
     * the folded body, {@code catalog} the gazetteer's matches in it, {@code known} the names already reported (the
     * signatory's, the catalog persons' labels).
     */
    List<Person> find(NameTokens toks, FoldedText folded, NameRules r, List<NameMatch> catalog, List<String> known) {
        List<Candidate> cands = new ArrayList<>();
        honorifics(toks, r, cands);
        List<PhraseMatcher.Hit<String>> titleHits = r.titles.find(folded);
        titles(toks, titleHits, r, cands);
        // the role phrases of the letter, found once for the names before and after them
        List<PhraseMatcher.Hit<String>> roles = r.roles.find(folded);
        Set<Integer> states = stateStarts(toks, catalog);
        rolesBefore(toks, roles, r, states, cands);
        rolesBare(toks, folded, r, cands);
        rolesOfStates(toks, r.cliticRoles.find(folded), r, catalog, cands);
        rolesAfter(toks, roles, r, cands);
        appointments(toks, folded, r, cands);
        plurals(toks, folded, r, cands);
        signatures(toks, r, cands);
        patronymics(toks, r, cands);
        List<Candidate> kept = new ArrayList<>();
        Map<Integer, Integer> titleEnds = new java.util.HashMap<>();
        for (PhraseMatcher.Hit<String> h : titleHits) {
            titleEnds.merge(h.start(), h.end(), Math::max);
        }
        for (Candidate c : cands) {
            Candidate cut = checked(toks, r, withoutTitle(toks, c, titleEnds), catalog);
            if (cut != null) {
                kept.add(cut);
            }
        }
        return resolve(toks, r, kept, known);
    }

    // ---------------------------------------------------------------- cues

    private void honorifics(NameTokens toks, NameRules r, List<Candidate> out) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!isHonorific(r, t)) {
                continue;
            }
            // "Kofi M. Annan": an initial after a name word is no honorific
            if (t.initial() && i > 0 && toks.get(i - 1).gap() != null && t.gap() == Gap.SPACE
                    && NameExtents.nameWord(r, toks.get(i - 1))) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && toks.get(j).gap() == Gap.SPACE && isHonorific(r, toks.get(j))) {
                j++;
            }
            if (j >= toks.size() || toks.get(j).gap() != Gap.SPACE) {
                continue;
            }
            int end = NameExtents.scan(toks, r, j);
            if (end > j) {
                out.add(new Candidate(j, end, Cue.HONORIFIC, true));
                i = end - 1;
            }
        }
    }

    private boolean isHonorific(NameRules r, Tok t) {
        if (r.honorifics.contains(t.folded())) {
            return true;
        }
        String f = t.folded();
        return t.arabic() && r.cliticHonorific(f);
    }

    private void titles(NameTokens toks, List<PhraseMatcher.Hit<String>> hits, NameRules r, List<Candidate> out) {
        for (PhraseMatcher.Hit<String> h : hits) {
            String body = toks.body();
            if (!arabicAt(body, h.start()) && !Character.isUpperCase(body.codePointAt(h.start()))) {
                continue;
            }
            int j = toks.at(h.end());
            if (j >= toks.size() || !blank(body, h.end(), toks.get(j).start())) {
                continue;
            }
            while (j + 1 < toks.size() && isHonorific(r, toks.get(j)) && toks.get(j + 1).gap() == Gap.SPACE) {
                j++;
            }
            int end = NameExtents.scan(toks, r, j);
            if (end > j) {
                out.add(new Candidate(j, end, Cue.TITLE, surnameTitles.contains(FoldedText.fold(h.value()))));
            }
        }
    }

    /**
     * Whether spaces and tabs, then a line break, follow from {@code from}: what {@code (?s)[ \t]*\n.*} matches on the
     * rest of the text, without copying it.
     */
    private static boolean lineBreakAfterBlanks(String body, int from) {
        int j = from;
        while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == '\t')) {
            j++;
        }
        return j < body.length() && body.charAt(j) == '\n';
    }

    private void rolesBefore(NameTokens toks, List<PhraseMatcher.Hit<String>> roles, NameRules r, Set<Integer> states,
            List<Candidate> out) {
        String body = toks.body();
        for (PhraseMatcher.Hit<String> h : roles) {
            int comma = -1;
            int words = 0;
            boolean word = false;
            for (int i = h.end(); i < body.length() && words <= MAX_COMPLEMENT_WORDS; i++) {
                char c = body.charAt(i);
                if (c == ',' || c == '،') {
                    comma = i;
                    break;
                }
                if (".;:!?؛".indexOf(c) >= 0 || c == '\n' && body.startsWith("\n", i + 1)
                        || c == '\n' && i + 1 < body.length() && lineBreakAfterBlanks(body, i + 1)) {
                    break;
                }
                boolean letter = Character.isLetterOrDigit(c);
                if (letter && !word) {
                    words++;
                }
                word = letter;
            }
            if (comma < 0 || words > MAX_COMPLEMENT_WORDS || !complement(toks, r, h.end(), comma, states)) {
                continue;
            }
            int j = toks.at(comma + 1);
            if (j >= toks.size() || toks.get(j).gap() != Gap.COMMA) {
                continue;
            }
            int k = j;
            while (k + 1 < toks.size() && (isHonorific(r, toks.get(k)) || signatureTitles.contains(toks.get(k).folded()))
                    && toks.get(k + 1).gap() == Gap.SPACE) {
                k++;
            }
            int end = NameExtents.scan(toks, r, k);
            if (end <= k) {
                continue;
            }
            if (toks.get(k).arabic() && !(end >= toks.size() || closes(toks.get(end).gap()))) {
                continue;
            }
            out.add(new Candidate(k, end, Cue.ROLE_BEFORE, false));
        }
    }

    /**
     * Names right after a role, with no comma or title between ("the Resident Coordinator Bintou Keita", "le
     * Coordonnateur résident Gana Fofang", "المنسق ديريك بلامبلي", "الممثلة الخاصة جينين ..."), past the role's
     * adjectives (Latin {@code role-lead} words in lower case, Arabic {@code end} words with the article). A role is no
     * title: what follows it is often no name, so the name must look like one. In Latin script, two name words or
     * more. In Arabic, after a role with the article only ({@link NameRules#bareRoles}), two words or more up to
     * punctuation, a stop word, a word with a clitic and the article, a word that starts no name or a place (the verb's
     * object: "زار المنسق X غزة"), not opening with the preposition of the role's complement ("الأمين العام لعمليات حفظ
     * السلام"), and not a noun with its adjective, whose
     * endings agree ("إحاطة شاملة", "قلقا بالغا"): the object of the verb the role is the subject of.
     */
    private void rolesBare(NameTokens toks, FoldedText folded, NameRules r, List<Candidate> out) {
        String body = toks.body();
        for (PhraseMatcher.Hit<String> h : r.bareRoles.find(folded)) {
            int j = toks.at(h.end());
            if (j >= toks.size() || !sameLineAfter(body, h.end(), toks.get(j))) {
                continue;
            }
            while (j + 1 < toks.size() && roleAdjective(r, toks.get(j)) && sameLineAfter(body, toks.get(j).end(), toks.get(j + 1))) {
                j++;
            }
            int end = NameExtents.scan(toks, r, j);
            if (end - j < 2 || toks.get(j).arabic() && !arabicBare(toks, r, j, end)) {
                continue;
            }
            out.add(new Candidate(j, end, Cue.ROLE_BARE, false));
        }
    }

    /** The indexes of the words a State's name starts in (its match may start after a clitic: "لمالي"). */
    private static Set<Integer> stateStarts(NameTokens toks, List<NameMatch> catalog) {
        Set<Integer> out = new HashSet<>();
        for (NameMatch m : catalog) {
            if (m.kind() == EntityKind.STATE) {
                int k = toks.at(m.span().start());
                if (k > 0 && (k >= toks.size() || toks.get(k).start() > m.span().start())) {
                    k--;
                }
                if (k < toks.size() && toks.get(k).start() <= m.span().start() && m.span().start() < toks.get(k).end()) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /**
     * Arabic names after a role and the State it is of, with no comma between ("وزير خارجية أوزبكستان عبد العزيز
     * كاملوف", "الممثل الدائم لمالي عيسى كونفورو", "رئيس مالي إبراهيم أبو بكر كيتا"): at most two words of the role's
     * complement, none a stop word, then the State's name, then a name as after a role with the article (two words or
     * more, up to punctuation or a word that continues no name: see {@link #arabicBare}).
     */
    private void rolesOfStates(NameTokens toks, List<PhraseMatcher.Hit<String>> roles, NameRules r, List<NameMatch> catalog,
            List<Candidate> out) {
        String body = toks.body();
        for (PhraseMatcher.Hit<String> h : roles) {
            int j = toks.at(h.end());
            if (j >= toks.size() || !toks.get(j).arabic() || !sameLineAfter(body, h.end(), toks.get(j))) {
                continue;
            }
            for (NameMatch m : catalog) {
                if (m.kind() != EntityKind.STATE || m.span().start() < toks.get(j).start()) {
                    continue;
                }
                int s = toks.at(m.span().start());
                if (s > 0 && (s >= toks.size() || toks.get(s).start() > m.span().start())) {
                    s--;
                }
                if (s - j > 2 || s >= toks.size()) {
                    continue;
                }
                boolean complement = true;
                for (int k = j; k < s && complement; k++) {
                    complement = toks.get(k).arabic() && toks.get(k + 1).gap() == Gap.SPACE && !r.arabicStop(toks.get(k).folded());
                }
                int e = toks.at(m.span().end());
                if (!complement || e >= toks.size() || !sameLineAfter(body, m.span().end(), toks.get(e))) {
                    continue;
                }
                int end = NameExtents.scan(toks, r, e);
                if (end - e >= 2 && arabicBare(toks, r, e, end)) {
                    out.add(new Candidate(e, end, Cue.ROLE_BARE, false));
                }
                break;
            }
        }
    }

    /** Whether word {@code t} comes after {@code from} with only spaces between, on the same line. */
    private static boolean sameLineAfter(String body, int from, Tok t) {
        return t.gap() == Gap.SPACE && blank(body, from, t.start()) && body.substring(from, t.start()).indexOf('\n') < 0;
    }

    /** An adjective of a role, after its head: "spécial", "résident"; "الخاص", "الخاصة". */
    private static boolean roleAdjective(NameRules r, Tok t) {
        if (t.arabic()) {
            return r.ends.contains(t.folded()) && r.articled(t);
        }
        return !t.capitalized() && r.roleLeads.contains(t.folded());
    }

    /** Whether the Arabic words {@code j..end} after a role are a name (see rolesBare). */
    private static boolean arabicBare(NameTokens toks, NameRules r, int j, int end) {
        if (end < toks.size() && toks.get(end).gap() == Gap.SPACE) {
            String next = toks.get(end).folded();
            if (!r.arabicStop(next) && !r.cliticArticled(toks.get(end)) && !r.notNameStart.contains(next)) {
                return false;
            }
        }
        String first = toks.get(j).text();
        for (String clitic : r.complementClitics) {
            if (!r.cliticNames.contains(toks.get(j).folded()) && first.startsWith(clitic) && first.length() > clitic.length() + 2) {
                return false;
            }
        }
        String last = toks.get(end - 1).text();
        for (String ending : r.agreeingEndings) {
            if (first.endsWith(ending) && last.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the words between a role's head and the comma are its complement: nothing, or (Latin) words starting
     * with a link ("of", "for", "du") or a role's adjective ("spécial"); (Arabic) at most eight words, none a stop word.
     */
    private static boolean complement(NameTokens toks, NameRules r, int from, int to, Set<Integer> states) {
        int a = toks.at(from);
        int b = toks.at(to);
        if (a >= b) {
            return true;
        }
        if (toks.get(a).arabic()) {
            if (b - a > 8) {
                return false;
            }
            for (int k = a; k < b; k++) {
                // "وزير الشؤون الخارجية في مالي، X": a word linking the role to its State ({@code state-link})
                boolean stateLink = r.stateLinks.contains(toks.get(k).folded()) && states.contains(k + 1);
                if (!stateLink && r.functionWord(toks.get(k).folded(), false)) {
                    return false;
                }
            }
            return true;
        }
        String first = toks.get(a).folded();
        return r.roleLinks.contains(first) || r.roleLeads.contains(first);
    }

    private static boolean closes(Gap g) {
        return g == Gap.COMMA || g == Gap.OTHER || g == Gap.PARAGRAPH;
    }

    private void rolesAfter(NameTokens toks, List<PhraseMatcher.Hit<String>> roles, NameRules r, List<Candidate> out) {
        Set<Integer> roleStarts = new HashSet<>();
        for (PhraseMatcher.Hit<String> h : roles) {
            roleStarts.add(h.start());
        }
        for (int j = 1; j < toks.size(); j++) {
            if (toks.get(j).gap() != Gap.COMMA) {
                continue;
            }
            int k = j;
            while (k < toks.size() && r.roleLeads.contains(toks.get(k).folded()) && !roleStarts.contains(toks.get(k).start())
                    && (k == j || toks.get(k).gap() == Gap.SPACE)) {
                k++;
            }
            if (k >= toks.size() || (k > j && toks.get(k).gap() != Gap.SPACE) || !roleStarts.contains(toks.get(k).start())) {
                continue;
            }
            int from = NameExtents.scanBack(toks, r, j - 1);
            if (from <= j - 1) {
                out.add(new Candidate(from, j, Cue.ROLE_AFTER, false));
            }
        }
    }

    /**
     * Names by their shape where a language writes a patronymic between the given name and the surname ({@code
     * patronymic-ending} in {@code names.tsv}): three name words whose middle one ends as a patronymic does, in any case
     * ("Нурсултана Абишевича Назарбаева", "Николай Николаевич Бордюжа"), with or without a cue before them.
     */
    private void patronymics(NameTokens toks, NameRules r, List<Candidate> out) {
        if (r.patronymicEndings.isEmpty()) {
            return;
        }
        for (int k = 1; k + 1 < toks.size(); k++) {
            Tok t = toks.get(k);
            Tok surname = toks.get(k + 1);
            if (t.gap() == Gap.SPACE && surname.gap() == Gap.SPACE && t.capitalized() && r.patronymic(t.folded())
                    && NameExtents.nameWord(r, toks.get(k - 1)) && NameExtents.nameWord(r, t)
                    && NameExtents.nameWord(r, surname)) {
                out.add(new Candidate(k - 1, k + 2, Cue.PATRONYMIC, false));
            }
        }
    }

    private void appointments(NameTokens toks, FoldedText folded, NameRules r, List<Candidate> out) {
        for (PhraseMatcher.Hit<String> h : r.appoints.find(folded)) {
            int j = toks.at(h.end());
            if (j >= toks.size() || !blank(toks.body(), h.end(), toks.get(j).start()) || toks.get(j).arabic()) {
                continue;
            }
            int end = NameExtents.scan(toks, r, j);
            if (end > j) {
                out.add(new Candidate(j, end, Cue.APPOINT, false));
            }
        }
    }

    private void plurals(NameTokens toks, FoldedText folded, NameRules r, List<Candidate> out) {
        for (PhraseMatcher.Hit<String> h : r.plurals.find(folded)) {
            int j = toks.at(h.end());
            while (j < toks.size() && !toks.get(j).arabic()) {
                Gap g = toks.get(j).gap();
                if (g != Gap.SPACE && g != Gap.COMMA) {
                    break;
                }
                int end = NameExtents.scan(toks, r, j);
                if (end - j < 2) {
                    break;
                }
                out.add(new Candidate(j, end, Cue.PLURAL, false));
                if (end >= toks.size()) {
                    break;
                }
                Tok next = toks.get(end);
                if (r.pluralJoiners.contains(next.folded()) && (next.gap() == Gap.SPACE || next.gap() == Gap.COMMA)) {
                    j = end + 1;
                } else if (next.gap() == Gap.COMMA) {
                    j = end;
                } else {
                    break;
                }
            }
        }
    }

    private void signatures(NameTokens toks, NameRules r, List<Candidate> out) {
        Matcher m = signed.matcher(toks.body());
        while (m.find()) {
            int j = toks.at(m.end());
            while (j < toks.size() && (signatureTitles.contains(toks.get(j).folded()) || isHonorific(r, toks.get(j)))
                    && sameLine(toks, j)) {
                j++;
            }
            if (j >= toks.size() || toks.body().substring(m.end(), toks.get(j).start()).contains("\n")) {
                continue;
            }
            int end = j;
            int limit = NameExtents.scan(toks, r, j);
            while (end < limit && (end == j || !toks.body().substring(toks.get(end - 1).end(), toks.get(end).start()).contains("\n"))) {
                end++;
            }
            if (end > j) {
                out.add(new Candidate(j, end, Cue.SIGNED, false));
            }
        }
    }

    private static boolean sameLine(NameTokens toks, int j) {
        return j + 1 < toks.size() && !toks.body().substring(toks.get(j).end(), toks.get(j + 1).start()).contains("\n");
    }

    // ---------------------------------------------------------------- checks and resolution

    /**
     * The candidate without a title it opens with ("the Minister for Foreign Affairs, Prince Saud Al-Faisal", "Sheikh
     * Abdullah bin Zayed Al Nahyan, Minister ..."): a title is no part of the name a role introduces; {@code titleEnds}
     * gives the end of the longest title starting at a body offset.
     */
    private static Candidate withoutTitle(NameTokens toks, Candidate c, Map<Integer, Integer> titleEnds) {
        if (c.cue() == Cue.TITLE || c.cue() == Cue.HONORIFIC) {
            return c;
        }
        Integer end = titleEnds.get(toks.get(c.from()).start());
        if (end == null || !toks.get(c.from()).capitalized() && !toks.get(c.from()).arabic()) {
            return c;
        }
        int from = toks.at(end);
        return from < c.to() && toks.get(from).gap() == Gap.SPACE ? new Candidate(from, c.to(), c.cue(), c.surnameTitle()) : c;
    }

    /**
     * The candidate cut before a catalog organization (or state) it runs into, or null when nothing is left. A state
     * after a particle ends even a titled name, with the particle ("le Président Abdoulaye Wade du Sénégal").
     */
    private Candidate checked(NameTokens toks, NameRules r, Candidate c, List<NameMatch> catalog) {
        int s = toks.get(c.from()).start();
        if (!toks.get(c.from()).arabic() && toks.upperCaseLine(s)) {
            return null;
        }
        boolean strong = c.cue() == Cue.HONORIFIC || c.cue() == Cue.TITLE || c.cue() == Cue.SIGNED;
        int to = c.to();
        int from = c.from();
        if (c.cue() == Cue.ROLE_AFTER && from > 0 && r.listWords.contains(toks.get(from - 1).folded())) {
            // a place after a preposition before the name read back from its role: "j'ai rencontré à Paris Abdou
            // Diouf, Secrétaire général de ...", "met in Geneva Jan Egeland, the Emergency Relief Coordinator"
            for (NameMatch m : catalog) {
                if ((m.kind() == EntityKind.PLACE || m.kind() == EntityKind.STATE) && m.span().start() == toks.get(from).start()) {
                    int after = from;
                    while (after < to && toks.get(after).start() < m.span().end()) {
                        after++;
                    }
                    if (to - after >= 2) {
                        from = after;
                    }
                    break;
                }
            }
        }
        if (from != c.from()) {
            c = new Candidate(from, c.to(), c.cue(), c.surnameTitle());
        }
        for (NameMatch m : catalog) {
            boolean state = m.kind() == EntityKind.STATE;
            // an Arabic name right after a role ends before a place or a state: the object of the verb ("زار المنسق X غزة")
            boolean bareArabic = c.cue() == Cue.ROLE_BARE && toks.get(c.from()).arabic();
            boolean blocks = m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.PERSON || state && !strong
                    || bareArabic && m.kind() == EntityKind.PLACE;
            for (int k = c.from(); k < to; k++) {
                Tok t = toks.get(k);
                if (m.span().start() < t.end() && t.start() < m.span().end()) {
                    boolean ofState = state && k > c.from() + 1 && r.particles.contains(toks.get(k - 1).folded());
                    if (blocks || ofState) {
                        to = k;
                        while (ofState && to > c.from() + 1 && r.particles.contains(toks.get(to - 1).folded())) {
                            to--;
                        }
                    }
                    break;
                }
            }
        }
        boolean cutBare = c.cue() == Cue.ROLE_BARE && to - c.from() >= 2;
        if (to <= c.from() || to < c.to() && toks.get(c.from()).arabic() && !strong && !cutBare) {
            // an Arabic name after a comma must end at punctuation: one that runs into a catalog name is no name
            return null;
        }
        // a Latin name needs a word in lower case ("Kofi A. ANNAN", "BAN Ki-moon"), not only acronyms
        boolean latin = !toks.get(c.from()).arabic();
        if (latin) {
            boolean mixed = false;
            for (int k = c.from(); k < to; k++) {
                mixed |= !toks.get(k).allCaps() && !toks.get(k).initial();
            }
            if (!mixed) {
                return null;
            }
        }
        return new Candidate(c.from(), to, c.cue(), c.surnameTitle());
    }

    /** The words of each known name (a signer's, a catalog person's labels) by language rules, worked out once per name. */
    private final Map<NameRules, Map<String, Set<String>>> knownNames = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KNOWN_NAMES = 100_000;

    private List<Person> resolve(NameTokens toks, NameRules r, List<Candidate> cands, List<String> known) {
        List<Set<String>> knownWords = new ArrayList<>();
        Map<String, Set<String>> cache = knownNames.computeIfAbsent(r, x -> new java.util.concurrent.ConcurrentHashMap<>());
        for (String k : known) {
            Set<String> w = cache.get(k);
            if (w == null) {
                w = java.util.Collections.unmodifiableSet(words(NameTokens.of(k, r), r, 0, Integer.MAX_VALUE));
                if (cache.size() < KNOWN_NAMES) {
                    cache.put(k, w);
                }
            }
            knownWords.add(w);
        }
        List<Set<String>> candWords = new ArrayList<>();
        for (Candidate c : cands) {
            candWords.add(words(toks, r, c.from(), c.to()));
        }
        List<Person> out = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            Set<String> w = candWords.get(i);
            String label = toks.text(c.from(), c.to());
            Span span = new Span(toks.get(c.from()).start(), toks.get(c.to() - 1).end());
            boolean reported = !w.isEmpty();
            for (Set<String> k : knownWords) {
                if (!k.isEmpty() && (withParts(k).containsAll(w) || arabicMore(toks, r, c, w, k))) {
                    reported = false;
                }
            }
            for (int j = 0; j < cands.size() && reported; j++) {
                if (j != i && candWords.get(j).size() > 1 && arabicMore(toks, r, c, w, candWords.get(j))) {
                    reported = false;
                }
            }
            for (int j = 0; j < cands.size() && reported; j++) {
                Set<String> other = candWords.get(j);
                if (j != i && other.size() > w.size() && withParts(other).containsAll(w)) {
                    reported = false;
                }
                // a part of a compound surname on later mention: "Mr. Larsen" after "Mr. Terje Roed-Larsen"
                if (j != i && w.size() == 1 && !other.containsAll(w) && withParts(other).containsAll(w)) {
                    reported = false;
                }
            }
            int words = c.to() - c.from();
            if (reported && words < 2) {
                // a surname never given in full: only after an honorific or a title that names persons, Latin only
                reported = !toks.get(c.from()).arabic()
                        && (c.cue() == Cue.HONORIFIC || c.cue() == Cue.TITLE && c.surnameTitle());
            }
            if (reported && !labels.add(identity(w))) {
                reported = false;
            }
            out.add(new Person(label, span, reported, c.cue(), words));
        }
        return out;
    }

    /**
     * What tells one reported name from another: its first word (the given name) and its other words in any order, so
     * that "صباح الأحمد الجابر الصباح" and "جابر الأحمد الجابر الصباح", the same words in another order, are two persons.
     */
    private static String identity(Set<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        String first = words.iterator().next();
        java.util.TreeSet<String> rest = new java.util.TreeSet<>(words);
        rest.remove(first);
        return first + " " + String.join(" ", rest);
    }

    /**
     * Whether an Arabic name is a known one's surname followed by a word that is not a name ("السيد رود - لارسن
     * مسؤولا عن" after "تيري رود - لارسن"): all its words but the last are the other's, and so is its last but one.
     */
    private static boolean arabicMore(NameTokens toks, NameRules r, Candidate c, Set<String> w, Set<String> other) {
        if (!toks.get(c.from()).arabic() || w.size() < 2 || other.containsAll(w)) {
            return false;
        }
        // after a Gulf or royal style an articled last word is a name part ("الأمير سعود الفيصل" beside "... آل سعود"),
        // not the word after a surname
        if (c.from() > 0 && r.chainTitle(toks.get(c.from() - 1).folded()) && r.articled(toks.get(c.to() - 1))) {
            return false;
        }
        List<String> list = new ArrayList<>(w);
        // two persons of one given name ("قيرات عبد الرحمنوف" beside the signer "قيرات عمروف") are two
        if (list.size() == 2 && list.get(0).equals(other.iterator().next())) {
            return false;
        }
        return other.containsAll(list.subList(0, list.size() - 1)) && !other.contains(list.get(list.size() - 1));
    }

    /** {@code words} and the parts of its hyphenated Latin words ("roed-larsen": "roed", "larsen"). */
    private static Set<String> withParts(Set<String> words) {
        Set<String> out = new HashSet<>(words);
        for (String w : words) {
            if (w.indexOf('-') > 0) {
                for (String part : w.split("-")) {
                    if (part.length() > 2) {
                        out.add(part);
                    }
                }
            }
        }
        return out;
    }

    /** The folded words of a name that tell it from another: no particles, initials or honorifics. */
    private Set<String> words(NameTokens toks, NameRules r, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = from; k < Math.min(to, toks.size()); k++) {
            Tok t = toks.get(k);
            String f = t.folded();
            if (t.initial() || r.particles.contains(f) || r.honorifics.contains(f) || r.compounds.contains(f)) {
                continue;
            }
            if (t.arabic() && r.articled(t) && f.length() > r.arabic.article().length() + 1) {
                f = f.substring(r.arabic.article().length());
            }
            out.add(f);
        }
        return out;
    }

    private static boolean arabicAt(String body, int offset) {
        return Character.UnicodeBlock.of(body.charAt(offset)) == Character.UnicodeBlock.ARABIC;
    }

    /** Only spaces, and at most one line break, between {@code from} and {@code to}. */
    private static boolean blank(String body, int from, int to) {
        if (from > to) {
            return false;
        }
        String s = body.substring(from, to);
        return s.isBlank() && s.chars().filter(ch -> ch == '\n').count() <= 1;
    }
}
