package org.unkg.extract.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the body or state an event trigger concerns among a letter's referents, by the rule's subject
 * direction: the first body after it ("closure of X"), the last before it ("X would be established"), the
 * nearest either side, or a state of the sentence (else the state the letter is about). A body named within
 * the trigger ("عقد مجلس الأمن ... جلسة") is taken first. Bodies of the classes {@code not-subjects.tsv} lists
 * for a type are passed over (the United Nations itself is not what a letter establishes or closes), and so are bodies
 * named as partners ({@link Referents#partner}: "in cooperation with the African Union").
 */
public final class SubjectFinder {
    private final LetterAnalysis view;
    private final Referents referents;
    private final Map<String, Set<String>> exempt;

    /** The finder over the letter's current referents. */
    public SubjectFinder(LetterAnalysis view) {
        this.view = view;
        this.referents = view.referents();
        this.exempt = view.context().notSubjects();
    }

    /** Whether bodies of {@code key}'s classes are passed over for a relation or event type ({@code not-subjects.tsv}). */
    public boolean passesOver(String type, String key) {
        return excluded(type, key);
    }

    private boolean excluded(String type, String key) {
        var classes = exempt.get(type);
        var body = referents.catalog().body(key);
        if (classes == null || body == null) {
            return false;
        }
        for (String c : body.classes()) {
            if (classes.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The key the trigger concerns, or null. */
    public String subject(EventRules.Trigger t, Sentence sentence) {
        EventRule rule = t.rule();
        if (rule.subject().equals("state")) {
            return state(t, sentence);
        }
        Referent best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Referent r : referents.bodies()) {
            // a body named as a partner ("in cooperation with the African Union") is not what the sentence's event concerns
            if (r.start() < sentence.start() || r.end() > sentence.end() || excluded(rule.type(), r.key()) || referents.partner(r)
                    || namesPart(r)) {
                continue;
            }
            if (r.start() >= t.start() && r.end() <= t.end()) {
                return r.key();
            }
            boolean after = r.start() >= t.end();
            boolean before = r.end() <= t.start();
            int words;
            if (after && !rule.subject().equals("before")) {
                words = view.words(t.end(), r.start());
            } else if (before && !rule.subject().equals("after")) {
                words = view.words(r.end(), t.start());
                if (words > rule.gap() && stateListBetween(r.end(), t.start())) {
                    words = 0;
                }
            } else {
                continue;
            }
            if (words > rule.gap()) {
                continue;
            }
            int distance = after ? r.start() - t.end() : t.start() - r.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = r;
            }
        }
        if (best != null && rule.type().equals("merger") && best.end() <= t.start()) {
            best = firstCoordinated(best, sentence);
        }
        return best == null ? null : best.key();
    }

    /** A word as the text writes it: letters, with a hyphen inside ("sub-office"). */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    /**
     * Whether {@code r} modifies a noun that names a part of it: the word right after it is a part noun ("the UNOB
     * liaison office", "a UNOWAS liaison unit"), or the one after a word that is not a stop word ("a UNOWAS regional
     * cell"; {@code body-words.tsv}), with only spaces between. The event then concerns that part, not {@code r}'s body.
     */
    private boolean namesPart(Referent r) {
        String text = view.text();
        BodyWords words = view.context().bodyWords();
        java.util.regex.Matcher m = WORD.matcher(text);
        int at = r.end();
        List<String> next = new java.util.ArrayList<>(2);
        while (next.size() < 2) {
            int from = at;
            while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\n')) {
                from++;
            }
            if (from == at || !m.find(from) || m.start() != from) {
                break;
            }
            next.add(words.normal(m.group()));
            at = m.end();
        }
        if (next.isEmpty()) {
            return false;
        }
        if (words.isPart(next.get(0))) {
            return true;
        }
        return next.size() == 2 && !words.isStop(next.get(0)) && words.isPart(next.get(1));
    }

    /**
     * The first body of the coordination {@code last} ends ("X and Y were merged": X, the first body merged, as "the
     * merger of X and Y" is X's): the bodies before it joined only by a list joiner ({@code LANG/list-joiners.tsv}).
     */
    private Referent firstCoordinated(Referent last, Sentence sentence) {
        Set<String> joiners = view.context().listJoiners(view.language());
        String text = view.text();
        Referent first = last;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Referent r : referents.bodies()) {
                if (r.start() < sentence.start() || r.end() > first.start() || referents.partner(r)) {
                    continue;
                }
                String between = org.unkg.text.FoldedText.fold(text.substring(r.end(), first.start())).strip();
                if (!between.isEmpty() && java.util.Arrays.stream(between.split("\\s+")).allMatch(joiners::contains)) {
                    first = r;
                    moved = true;
                    break;
                }
            }
        }
        return first;
    }

    /** Words besides the states of a list that a member list in apposition may hold ("comprising", "whose members are"). */
    private static final int LIST_CUE_WORDS = 3;

    /**
     * Whether the text from {@code from} to {@code to} is only a list of states in apposition between commas, so that the
     * subject before it is the subject of the verb after it ("The SCO, comprising China, ..., and Uzbekistan, was
     * established on D"; "la CEDEAO, qui comprend le Bénin, ..., a été créée le D"): two states at least, and besides their
     * names, the list's joiners ({@code LANG/list-joiners.tsv}) and commas, no more than a few words of the list's cue.
     */
    private boolean stateListBetween(int from, int to) {
        String text = view.text();
        int a = from;
        while (a < to && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ')')) {
            a++;
        }
        int b = to;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a >= b || !comma(text.charAt(a)) || !comma(text.charAt(b - 1))) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int states = 0;
        int pos = a + 1;
        List<Referent> listed = new java.util.ArrayList<>(referents.states());
        listed.sort(java.util.Comparator.comparingInt(Referent::start));
        for (Referent r : listed) {
            if (r.start() < pos || r.end() > b - 1) {
                continue;
            }
            rest.append(text, pos, r.start()).append(' ');
            pos = r.end();
            states++;
        }
        rest.append(text, pos, b - 1);
        if (states < 2) {
            return false;
        }
        Set<String> joiners = view.context().listJoiners(view.language());
        int others = 0;
        for (String w : rest.toString().split("[\\s,\u060c]+")) {
            if (!w.isEmpty() && !joiners.contains(org.unkg.text.FoldedText.fold(w)) && ++others > LIST_CUE_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static boolean comma(char c) {
        return c == ',' || c == '\u060c';
    }

    private String state(EventRules.Trigger t, Sentence sentence) {
        Referent best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Referent r : referents.states()) {
            if (!r.state() || r.start() < sentence.start() || r.end() > sentence.end()) {
                continue;
            }
            int distance = Math.abs(r.start() - t.start());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = r;
            }
        }
        return best != null ? best.key() : referents.principalState();
    }
}
