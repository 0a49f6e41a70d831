package org.unkg.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RoleWords;
import org.unkg.model.EntityKind;
import org.unkg.text.FoldedText;

/**
 * Where a letter's parts lie: the header zone (organization, symbols, {@code Distr.}, dates, {@code Original:}, organ,
 * session, agenda item), the title ("Letter dated ... from ... addressed to ..."), and the start of the body.
 *
 * <p>The title is the first title phrase ({@code title} rows of {@code header.tsv}: "Letter", "Identical letters",
 * "Lettre", "رسالة") that stands at a line start or after a word that is no determiner ("my letter dated" cites a
 * letter) and is followed by a date or a dated cue, or by a direction word and a role; it must come before the first
 * opening phrase of a body ("I have the honour", "J'ai l'honneur", "يشرفني"), so an annex's title is never the
 * letter's. The title ends where the party that completes sender and recipient ends (the role, the state after it
 * and "to the United Nations"; identical letters name two recipients),
 * else at the first opening phrase, blank line or {@value #TITLE_REACH} characters. A title whose noun comes last, after
 * the date that opens its line ({@code title-after-date}: "2010年3月2日秘书长给安全理事会主席的信"), ends with that noun.
 * Without a title the header ends
 * at the first opening phrase or after {@value #TOP_LINES} non-blank lines.
 */
final class LetterHeader {
    static final int SEARCH = 3000;
    static final int TITLE_REACH = 450;
    static final int TOP_LINES = 8;
    static final int HEADER_CHARS = 1500;
    private static final int DATED_GAP = 25;
    private static final int ROLE_GAP = 300;
    /** How many paragraphs past the first a title set paragraph by paragraph may run on. */
    private static final int TITLE_PARAGRAPHS = 3;
    /** How many characters before a blank line a direction word ending the title's paragraph may take. */
    private static final int DIRECTION_WORD_CHARS = 20;
    /** How far after a direction word its role may start (an article between: "to the President ..."). */
    private static final int ARTICLE_GAP = 6;
    /** The end of a sentence: a full stop after a word of three letters or more. */
    static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{3}[)\\]\u00BB\u201D\"]?\\.(?=\\s|$)");

    /** Start of the title's first word, or -1 when the letter has none. */
    final int titleStart;
    /** End of the title (the body starts after it); the header's end when there is no title. */
    final int titleEnd;
    /** End of the zone before the title (the title's start), or of the header when there is no title. */
    final int preTitleEnd;
    /** Start of the first opening phrase of a body, or -1. */
    final int opening;

    private LetterHeader(int titleStart, int titleEnd, int preTitleEnd, int opening) {
        this.titleStart = titleStart;
        this.titleEnd = titleEnd;
        this.preTitleEnd = preTitleEnd;
        this.opening = opening;
    }

    boolean hasTitle() {
        return titleStart >= 0;
    }

    /** Reads the header of {@code body}. */
    static LetterHeader read(String body, HeaderRules rules, Gazetteer gazetteer) {
        int limit = Math.min(body.length(), SEARCH);
        int opening = rules.openings.first(body, 0, limit);
        int titleLimit = opening >= 0 ? opening : Math.min(limit, HEADER_CHARS);
        List<PhraseMatcher.Hit<String>> heads = new ArrayList<>(rules.title.find(body, 0, titleLimit));
        for (PhraseMatcher.Hit<String> head : rules.lineTitle.find(body, 0, titleLimit)) {
            if (atLineStart(body, head.start())) {
                heads.add(head);
            }
        }
        heads.sort(Comparator.comparingInt(PhraseMatcher.Hit::start));
        for (int i = 0; i < heads.size(); i++) {
            PhraseMatcher.Hit<String> head = heads.get(i);
            if (afterDeterminer(body, head.start(), rules) || !titleFollows(body, head, rules)) {
                continue;
            }
            int end = titleEnd(body, head, rules, gazetteer);
            if (!dated(body, head, rules)) {
                // a reprint's heading describes the letter without its date ("Letter from the Secretary-General to
                // the President of the Security Council transmitting ..."), then gives the document's symbol and
                // date and the letter's own dated title: that title is the letter's, the lines above it its header
                for (PhraseMatcher.Hit<String> later : heads.subList(i + 1, heads.size())) {
                    if (later.start() >= end && dated(body, later, rules) && !afterDeterminer(body, later.start(), rules)
                            && noProse(body, end, later.start())) {
                        return new LetterHeader(later.start(), titleEnd(body, later, rules, gazetteer), later.start(), opening);
                    }
                }
            }
            return new LetterHeader(head.start(), end, head.start(), opening);
        }
        for (PhraseMatcher.Hit<String> last : rules.titleAfterDate.find(body, 0, titleLimit)) {
            int lineStart = lineStart(body, last.start());
            int first = lineStart;
            while (first < last.start() && Character.isWhitespace(body.charAt(first))) {
                first++;
            }
            List<org.unkg.extract.date.DateMention> dates = rules.dates.find(body.substring(first, last.start()));
            if (!dates.isEmpty() && dates.get(0).start() == 0) {
                return new LetterHeader(first, last.end(), first, opening);
            }
        }
        int end = opening >= 0 ? opening : topLinesEnd(body);
        return new LetterHeader(-1, end, end, opening);
    }

    /** Where the line that holds {@code at} starts. */
    private static int lineStart(String body, int at) {
        int i = at;
        while (i > 0 && body.charAt(i - 1) != '\n' && body.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Whether only spaces or tabs stand before {@code start} on its line. */
    private static boolean atLineStart(String body, int start) {
        int i = start;
        while (i > 0 && (body.charAt(i - 1) == ' ' || body.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || body.charAt(i - 1) == '\n' || body.charAt(i - 1) == '\r';
    }

    /** Whether the word before {@code start} on its line is a determiner or possessive ("my letter", "في رسالة"). */
    static boolean afterDeterminer(String body, int start, HeaderRules rules) {
        int i = start;
        while (i > 0 && (body.charAt(i - 1) == ' ' || body.charAt(i - 1) == '\t')) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(body.charAt(i - 1))) {
            i--;
        }
        if (end == i) {
            return false;
        }
        return rules.notTitle.contains(FoldedText.fold(body.substring(i, end)));
    }

    /** Whether a date or a dated cue stands right after the title phrase ("Letter dated ...", "رسالة مؤرخة ..."). */
    static boolean dated(String body, PhraseMatcher.Hit<String> head, HeaderRules rules) {
        int near = Math.min(body.length(), head.end() + DATED_GAP);
        return !rules.dated.find(body, head.end(), near).isEmpty() || !rules.dates.find(body.substring(head.end(), near)).isEmpty();
    }

    /**
     * Whether {@code [from, to)} holds no sentence of prose: a reprint's heading, its symbol and date lines end no
     * sentence, a letter's text does (a full stop after a word of three letters or more, so "Mr." is none).
     */
    private static boolean noProse(String body, int from, int to) {
        return !SENTENCE_END.matcher(body).region(from, to).find();
    }

    /** A date or dated cue right after the title phrase, or a direction word and a role phrase soon after it. */
    static boolean titleFollows(String body, PhraseMatcher.Hit<String> head, HeaderRules rules) {
        if (dated(body, head, rules)) {
            return true;
        }
        int far = Math.min(body.length(), head.end() + ROLE_GAP);
        return (!rules.from.find(body, head.end(), far).isEmpty() || !rules.to.find(body, head.end(), far).isEmpty())
                && !rules.roles.find(body, head.end(), far).isEmpty();
    }

    /**
     * The end of the title: after the party (a role with a direction word before it, the state and "to the United
     * Nations" after it) that completes a sender and a recipient, or the last party found within the title's reach;
     * at least the end of the title's date.
     */
    private static int titleEnd(String body, PhraseMatcher.Hit<String> head, HeaderRules rules, Gazetteer gazetteer) {
        int reach = Math.min(body.length(), head.start() + TITLE_REACH);
        int blank = blankLine(body, head.end(), reach);
        // a reprint sets a title's parts as paragraphs ("رسالة من المندوب الدائم للكويت" / "إلى الأمين العام"): the
        // title goes on past a blank line that a direction word ends, or that a direction word and a role follow
        for (int parts = 0; blank >= 0 && parts < TITLE_PARAGRAPHS; parts++) {
            int next = nextLine(body, blank);
            if (next < 0 || next >= reach || !goesOn(body, head.end(), blank, next, rules)) {
                break;
            }
            blank = blankLine(body, next, reach);
        }
        if (blank >= 0) {
            reach = blank;
        }
        int open = rules.openings.first(body, head.end(), reach);
        if (open >= 0) {
            reach = open;
        }
        // a reprint's heading ends where the letter's own dated title starts a line (a header whose blank lines are lost)
        for (PhraseMatcher.Hit<String> next : rules.title.find(body, head.end(), reach)) {
            if (atLineStart(body, next.start()) && dated(body, next, rules)) {
                reach = next.start();
                break;
            }
        }
        int lineStart = body.lastIndexOf('\n', head.start()) + 1;
        int from = Math.max(lineStart, head.start() - 200);
        List<PhraseMatcher.Hit<String>> roles = rules.roles.find(body, from, reach);
        List<PhraseMatcher.Hit<String>> froms = RoleWords.directions(rules.from, body, from, reach);
        PhraseMatcher.Hit<String> construct = RoleWords.constructSender(rules.title, rules.roles, body, head.start(), reach);
        if (construct != null) {
            froms.add(0, construct);
        }
        List<PhraseMatcher.Hit<String>> tos = RoleWords.directions(rules.to, body, from, reach);
        boolean sender = false;
        boolean recipient = false;
        int end = -1;
        int boundary = from;
        for (PhraseMatcher.Hit<String> role : roles) {
            final int after = boundary;
            int lastFrom = froms.stream().filter(h -> h.start() >= after && h.end() <= role.start())
                    .mapToInt(PhraseMatcher.Hit::start).max().orElse(-1);
            int lastTo = tos.stream().filter(h -> h.start() >= after && h.end() <= role.start())
                    .mapToInt(PhraseMatcher.Hit::start).max().orElse(-1);
            if (lastFrom < 0 && lastTo < 0) {
                continue;
            }
            end = partyEnd(body, role, reach, rules, gazetteer);
            boundary = end;
            if (lastFrom > lastTo) {
                sender = true;
            } else {
                recipient = true;
            }
            if (sender && recipient) {
                break;
            }
        }
        // identical letters name further addressees: "... the Secretary-General and the President of the Council"
        if (sender && recipient) {
            for (PhraseMatcher.Hit<String> role : roles) {
                if (role.start() >= end && rules.joined.matcher(body.substring(end, role.start())).matches()) {
                    end = partyEnd(body, role, reach, rules, gazetteer);
                }
            }
        }
        int dateEnd = head.end();
        for (var d : rules.dates.find(body.substring(head.end(), Math.min(reach, head.end() + DATED_GAP + 30)))) {
            dateEnd = head.end() + d.end();
            break;
        }
        return Math.max(dateEnd, end >= 0 ? end : reach);
    }

    /** The end of a party phrase: the role, then a state named right after it, then "to the United Nations". */
    private static int partyEnd(String body, PhraseMatcher.Hit<String> role, int reach, HeaderRules rules, Gazetteer gazetteer) {
        int end = role.end();
        int limit = Math.min(reach, role.end() + 100);
        if (limit <= end) {
            return end;
        }
        List<NameMatch> states = gazetteer.find(body.substring(role.end(), limit), EntityKind.STATE);
        if (!states.isEmpty() && states.get(0).span().start() <= 60) {
            int stateEnd = role.end() + states.get(0).span().end();
            String between = body.substring(role.end(), role.end() + states.get(0).span().start());
            // "of the Permanent Mission of" may stand between; another party's direction word may not
            if (rules.from.find(between).isEmpty() && rules.to.find(between).isEmpty()) {
                end = stateEnd;
            }
        }
        int suffixLimit = Math.min(reach, end + 60);
        for (PhraseMatcher.Hit<String> suffix : rules.missionSuffix.find(body, end, suffixLimit)) {
            if (body.substring(end, suffix.start()).isBlank()) {
                end = suffix.end();
            }
            break;
        }
        return end;
    }

    /** The start of the first non-blank line after the blank line at {@code blank}, or -1. */
    private static int nextLine(String body, int blank) {
        int i = blank;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i < body.length() ? i : -1;
    }

    /**
     * Whether a title goes on past the blank line at {@code blank}: the words before it end with a direction word
     * ("... إلى رئيس مجلس الأمن من"), or the next paragraph (at {@code next}) opens with one and a role (an article may stand between).
     */
    private static boolean goesOn(String body, int titleWordEnd, int blank, int next, HeaderRules rules) {
        int t = blank;
        while (t > titleWordEnd && Character.isWhitespace(body.charAt(t - 1))) {
            t--;
        }
        final int tail = t;
        int tailFrom = Math.max(titleWordEnd, tail - DIRECTION_WORD_CHARS);
        for (PhraseMatcher<String> words : List.of(rules.from, rules.to)) {
            if (RoleWords.directions(words, body, tailFrom, tail).stream().anyMatch(h -> h.end() == tail)) {
                return true;
            }
        }
        int lineEnd = body.indexOf('\n', next);
        int end = lineEnd < 0 ? body.length() : lineEnd;
        for (PhraseMatcher<String> words : List.of(rules.from, rules.to)) {
            for (PhraseMatcher.Hit<String> word : RoleWords.directions(words, body, next, end)) {
                if (word.start() != next) {
                    break;
                }
                if (rules.roles.find(body, word.end(), end).stream().anyMatch(r -> r.start() - word.end() <= ARTICLE_GAP)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The start of the first blank line in {@code [from, to)}, or -1. */
    private static int blankLine(String body, int from, int to) {
        int nl = body.indexOf('\n', from);
        while (nl >= 0 && nl < to) {
            int next = body.indexOf('\n', nl + 1);
            String between = body.substring(nl + 1, next < 0 ? body.length() : next);
            if (between.isBlank() && next >= 0) {
                return nl;
            }
            nl = next;
        }
        return -1;
    }

    /** The end of the first {@value #TOP_LINES} non-blank lines (at most {@value #HEADER_CHARS} characters). */
    private static int topLinesEnd(String body) {
        int lines = 0;
        int pos = 0;
        while (pos < body.length() && lines < TOP_LINES) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            if (!body.substring(pos, end).isBlank()) {
                lines++;
            }
            pos = end + 1;
        }
        return Math.min(Math.min(pos, body.length()), HEADER_CHARS);
    }
}
