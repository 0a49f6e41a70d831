package org.unkg.extract.party;

import java.util.ArrayList;
import java.util.List;
import org.unkg.catalog.Gazetteer;
import org.unkg.catalog.NameMatch;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.fact.EntityKind;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Party;
import org.unkg.extract.fact.Span;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.catalog.FoldedText;
import org.unkg.catalog.Tokens;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;

/**
 * Reads the sender and the recipient from the letter's title line ("Letter dated ... from the Permanent
 * Representative of Mexico to the United Nations addressed to the Secretary-General", "رسالة مؤرخة ... موجهة إلى
 * الأمين العام من الممثل الدائم لكازاخستان لدى الأمم المتحدة"). Each role phrase ({@code roles.tsv}) takes the
 * slot of the direction word before it (from/من/par: sender; to/إلى/adressée à: recipient), in either order; a
 * representative's state is the first state the gazetteer finds after the role phrase, before the words that end it
 * ("to the United Nations", "لدى").
 */
public final class PartyExtractor implements Extractor {
    private static final int WINDOW = 320;
    private static volatile Rules rules;

    private record Rules(PhraseMatcher<String> roles, PhraseMatcher<String> from, PhraseMatcher<String> to,
                         PhraseMatcher<String> stateStop, PhraseMatcher<String> dated) {}

    private static Rules rules() {
        if (rules == null) {
            rules = new Rules(PhraseMatcher.ofKind("roles.tsv", "role"), PhraseMatcher.ofKind("roles.tsv", "from"),
                    PhraseMatcher.ofKind("roles.tsv", "to"), PhraseMatcher.ofKind("roles.tsv", "state-stop"),
                    PhraseMatcher.ofKind("header.tsv", "dated"));
        }
        return rules;
    }

    private static volatile java.util.Map<String, String> roleBodies;

    private static java.util.Map<String, String> roleBodies() {
        if (roleBodies == null) {
            java.util.Map<String, String> map = new java.util.HashMap<>();
            for (String[] row : org.unkg.extract.rules.RuleFiles.rows("roles.tsv")) {
                if (row[0].equals("body") && row.length > 2) {
                    map.put(row[1], row[2]);
                }
            }
            roleBodies = map;
        }
        return roleBodies;
    }

    @Override
    public String name() {
        return "parties";
    }

    @Override
    public void extract(LetterText letter, ExtractionContext context, LetterFacts out) {
        Rules r = rules();
        String body = letter.body();
        List<PhraseMatcher.Hit<String>> cues = r.dated().find(body, 0, Math.min(body.length(), 4000));
        if (cues.isEmpty()) {
            return;
        }
        int cue = cues.get(0).start();
        int lineStart = body.lastIndexOf('\n', cue) + 1;
        int from = Math.max(lineStart, cue - 200);
        int to = Math.min(body.length(), cue + WINDOW);
        List<PhraseMatcher.Hit<String>> roles = r.roles().find(body, from, to);
        List<PhraseMatcher.Hit<String>> froms = r.from().find(body, from, to);
        List<PhraseMatcher.Hit<String>> tos = r.to().find(body, from, to);
        Gazetteer gazetteer = context.catalog().gazetteer();
        Party sender = null;
        Party recipient = null;
        int boundary = from;
        for (int i = 0; i < roles.size() && (sender == null || recipient == null); i++) {
            PhraseMatcher.Hit<String> role = roles.get(i);
            Party.Slot slot = slot(froms, tos, boundary, role.start());
            boundary = role.end();
            if (slot == null) {
                continue;
            }
            // the next party's role ends the state; a role phrase no direction word leads to is part of this
            // party ("the Chargé d'affaires a.i. of the Permanent Mission of Qatar") and does not
            int stateLimit = to;
            for (int j = i + 1; j < roles.size(); j++) {
                if (slot(froms, tos, roles.get(j - 1).end(), roles.get(j).start()) != null) {
                    stateLimit = roles.get(j).start();
                    break;
                }
            }
            for (PhraseMatcher.Hit<String> stop : r.stateStop().find(body, role.end(), stateLimit)) {
                stateLimit = Math.min(stateLimit, stop.start());
            }
            for (PhraseMatcher.Hit<String> t : tos) {
                if (t.start() >= role.end() && t.start() < stateLimit && !"to".equals(t.value())) {
                    stateLimit = t.start();
                }
            }
            String state = null;
            Span span = new Span(role.start(), role.end());
            if (role.value().equals("permanent-representative") || role.value().equals("charge-d-affaires")
                    || role.value().equals("other")) {
                List<NameMatch> states = gazetteer.find(body.substring(role.end(), Math.min(stateLimit, role.end() + 100)), EntityKind.STATE);
                if (!states.isEmpty()) {
                    state = states.get(0).key();
                    span = new Span(role.start(), role.end() + states.get(0).span().end());
                }
            }
            String bodyKey = roleBodies().get(role.value());
            Party party = new Party(slot, role.value(), state, bodyKey, span);
            if (slot == Party.Slot.SENDER && sender == null) {
                sender = party;
            } else if (slot == Party.Slot.RECIPIENT && recipient == null) {
                recipient = party;
            }
        }
        if (letter.layout() == Layout.VISUAL_PDF && (sender == null) != (recipient == null)) {
            Party found = sender != null ? sender : recipient;
            Party.Slot missing = sender == null ? Party.Slot.SENDER : Party.Slot.RECIPIENT;
            Party guessed = roleFromScrambledTitle(body, lineStart, found, missing);
            if (sender == null) {
                sender = guessed;
            } else {
                recipient = guessed;
            }
        }
        if (sender != null) {
            out.add(sender);
        }
        if (recipient != null) {
            out.add(recipient);
        }
    }

    /**
     * In a title whose words a visual-order PDF extraction scrambled ("... رئيس إلى ... الأمن مجلس"), the phrase of
     * the other party may no longer stand together: take the one role, other than the role already read, all of
     * whose words occur in the title's first two lines.
     */
    private static Party roleFromScrambledTitle(String body, int lineStart, Party found, Party.Slot missing) {
        int end = lineStart;
        for (int lines = 0; lines < 2 && end >= 0 && end < body.length(); lines++) {
            end = body.indexOf('\n', end + 1);
        }
        if (end < 0) {
            end = body.length();
        }
        end = Math.min(end, lineStart + WINDOW);
        java.util.Set<String> words = new java.util.HashSet<>(Tokens.texts(FoldedText.fold(body.substring(lineStart, end))));
        String best = null;
        int bestLength = 0;
        for (String[] row : org.unkg.extract.rules.RuleFiles.rows("roles.tsv")) {
            if (!row[0].equals("role") || row.length < 3 || row[2].equals(found.role()) || row[2].equals("other")) {
                continue;
            }
            List<String> phrase = Tokens.texts(FoldedText.fold(row[1]));
            if (phrase.size() > 1 && words.containsAll(phrase) && phrase.size() > bestLength) {
                best = row[2];
                bestLength = phrase.size();
            }
        }
        return best == null ? null : new Party(missing, best, null, roleBodies().get(best), new Span(lineStart, end));
    }

    /** The slot of the last direction word between {@code from} and {@code roleStart}, or null. */
    private static Party.Slot slot(List<PhraseMatcher.Hit<String>> froms, List<PhraseMatcher.Hit<String>> tos, int from, int roleStart) {
        int lastFrom = last(froms, from, roleStart);
        int lastTo = last(tos, from, roleStart);
        if (lastFrom < 0 && lastTo < 0) {
            return null;
        }
        return lastFrom > lastTo ? Party.Slot.SENDER : Party.Slot.RECIPIENT;
    }

    private static int last(List<PhraseMatcher.Hit<String>> hits, int from, int to) {
        int last = -1;
        for (PhraseMatcher.Hit<String> h : hits) {
            if (h.start() >= from && h.end() <= to) {
                last = h.start();
            }
        }
        return last;
    }
}
