package org.unkg.extract.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.Gazetteer;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.NameMatch;
import org.unkg.extract.rules.PhraseMatcher;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Party;
import org.unkg.model.Span;
import org.unkg.text.FoldedText;
import org.unkg.text.Layout;
import org.unkg.text.LetterText;
import org.unkg.text.Tokens;

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
    private final PhraseMatcher<String> roles;
    private final PhraseMatcher<String> from;
    private final PhraseMatcher<String> to;
    private final PhraseMatcher<String> stateStop;
    private final PhraseMatcher<String> dated;
    private final Map<String, String> roleBodies = new HashMap<>();
    /** Role phrases (folded tokens) and their roles, in rule order, for titles a PDF extraction scrambled. */
    private final List<Map.Entry<List<String>, String>> rolePhrases = new ArrayList<>();
    private final Gazetteer gazetteer;

    /** The extractor with the role rules ({@code roles.tsv}, {@code header.tsv}) of {@code context}. */
    public PartyExtractor(ExtractionContext context) {
        RuleFiles rules = context.rules();
        roles = PhraseMatcher.ofKind(rules, "roles.tsv", "role");
        from = PhraseMatcher.ofKind(rules, "roles.tsv", "from");
        to = PhraseMatcher.ofKind(rules, "roles.tsv", "to");
        stateStop = PhraseMatcher.ofKind(rules, "roles.tsv", "state-stop");
        dated = PhraseMatcher.ofKind(rules, "header.tsv", "dated");
        for (String[] row : rules.rows("roles.tsv")) {
            if (row[0].equals("body") && row.length > 2) {
                roleBodies.put(row[1], row[2]);
            }
            if (row[0].equals("role") && row.length >= 3) {
                rolePhrases.add(Map.entry(Tokens.texts(FoldedText.fold(row[1])), row[2]));
            }
        }
        gazetteer = context.gazetteer();
    }

    @Override
    public String name() {
        return "parties";
    }

    @Override
    public void extract(LetterAnalysis analysis, LetterFacts out) {
        LetterText letter = analysis.letter();
        String body = letter.body();
        List<PhraseMatcher.Hit<String>> cues = analysis.find(dated, 0, Math.min(body.length(), 4000));
        if (cues.isEmpty()) {
            return;
        }
        int cue = cues.get(0).start();
        int lineStart = body.lastIndexOf('\n', cue) + 1;
        int from = Math.max(lineStart, cue - 200);
        int to = Math.min(body.length(), cue + WINDOW);
        List<PhraseMatcher.Hit<String>> roles = analysis.find(this.roles, from, to);
        List<PhraseMatcher.Hit<String>> froms = analysis.find(this.from, from, to);
        List<PhraseMatcher.Hit<String>> tos = analysis.find(this.to, from, to);
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
            for (PhraseMatcher.Hit<String> stop : analysis.find(stateStop, role.end(), stateLimit)) {
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
            String bodyKey = roleBodies.get(role.value());
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
    private Party roleFromScrambledTitle(String body, int lineStart, Party found, Party.Slot missing) {
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
        for (Map.Entry<List<String>, String> role : rolePhrases) {
            if (role.getValue().equals(found.role()) || role.getValue().equals("other")) {
                continue;
            }
            List<String> phrase = role.getKey();
            if (phrase.size() > 1 && words.containsAll(phrase) && phrase.size() > bestLength) {
                best = role.getValue();
                bestLength = phrase.size();
            }
        }
        return best == null ? null : new Party(missing, best, null, roleBodies.get(best), new Span(lineStart, end));
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
