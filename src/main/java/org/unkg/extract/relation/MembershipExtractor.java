package org.unkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Referents;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.core.SubjectFinder;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.LetterFacts;
import org.unkg.model.Membership;

/**
 * Member States a letter lists for an organization: a membership cue ("member States of", "الدول الأعضاء
 * في"), the organization right after it, and the states the rest of the sentence names (two at least); or the
 * organization named right before a {@code membership-after} cue ("IGAD, whose members are", "ECCAS, comprising",
 * "الجماعة، التي تضم") and the states listed right after the cue, with only commas and list words ({@code
 * LANG/list-joiners.tsv}) between them (two at least). A body of a class
 * {@code common/not-subjects.tsv} passes over for {@code membership} (a mission, an office, a department) has no member
 * States: "a mission composed of observers from Ghana and Nigeria" is not a membership.
 */
public final class MembershipExtractor implements Extractor {
    private static final int ORG_GAP = 3;
    /**
     * Words a participial clause between commas may have between the organization and its {@code membership-after} cue
     * ("la Organización de Cooperación de Shanghai, fundada en Shanghai el 15 de junio de 2001, integrada por China, ...").
     */
    private static final int APPOSITION = 14;
    /** Words that may stand between the cue and the first State ("comprising the Russian Federation"): not "experts from". */
    private static final int FIRST_GAP = 1;
    private final Map<String, RelationCues> cues;

    /** The extractor with the relation cues ({@code LANG/relations.tsv}) of {@code context}. */
    public MembershipExtractor(ExtractionContext context) {
        this.cues = RelationCues.all(context.rules(), context.phrases());
    }

    @Override
    public String name() {
        return "memberships";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        RelationCues language = this.cues.get(view.language());
        if (language == null) {
            return;
        }
        Referents referents = view.referents();
        orgBefore(view, language, referents, out);
        for (PhraseScanner.Match m : language.find("membership", view.text())) {
            Sentence sentence = view.sentenceAt(m.start());
            Referent org = referents.bodies().stream()
                    .filter(r -> r.start() >= m.start() && r.start() < sentence.end()
                            && (r.start() < m.end() || view.words(m.end(), r.start()) <= ORG_GAP))
                    .findFirst().orElse(null);
            if (org == null) {
                continue;
            }
            List<String> members = new ArrayList<>();
            int end = listEnd(view, org.end(), sentence);
            for (Referent s : referents.states()) {
                if (s.state() && s.start() >= org.end() && s.end() <= end && !members.contains(s.key())) {
                    members.add(s.key());
                }
            }
            boolean known = out.memberships().stream().anyMatch(x -> x.organization().equals(org.key()));
            if (members.size() >= 2 && !known) {
                out.add(new Membership(org.key(), members, view.span(m.start(), end)));
            }
        }
    }

    /** "ECCAS, whose members are Angola, Burundi, ...": the organization before the cue, the States listed after it. */
    private void orgBefore(LetterAnalysis view, RelationCues language, Referents referents, LetterFacts out) {
        SubjectFinder subjects = null;
        for (PhraseScanner.Match m : language.find("membership-after", view.text())) {
            Sentence sentence = view.sentenceAt(m.start());
            Referent org = null;
            Referent lastBefore = null;
            for (Referent r : referents.bodies()) {
                if (r.end() <= m.start() && r.start() >= sentence.start()) {
                    lastBefore = r;
                    if (view.words(r.end(), m.start()) <= ORG_GAP) {
                        org = r;
                    }
                }
            }
            if (org == null && lastBefore != null && apposed(view, lastBefore.end(), m.start())) {
                org = lastBefore;
            }
            if (org == null) {
                continue;
            }
            subjects = subjects == null ? new SubjectFinder(view) : subjects;
            if (subjects.passesOver("membership", org.key())) {
                continue;
            }
            List<String> members = new ArrayList<>();
            java.util.Set<String> joiners = view.context().listJoiners(view.language());
            int last = m.end();
            int end = listEnd(view, m.end(), sentence);
            for (Referent s : referents.states()) {
                if (!s.state() || s.start() < last || s.end() > end) {
                    continue;
                }
                if (members.isEmpty() ? view.words(last, s.start()) > FIRST_GAP
                        : !Referents.listed(view.text(), last, s.start(), joiners)) {
                    break;
                }
                if (!members.contains(s.key())) {
                    members.add(s.key());
                }
                last = s.end();
            }
            String key = org.key();
            boolean known = out.memberships().stream().anyMatch(x -> x.organization().equals(key));
            if (members.size() >= 2 && !known) {
                out.add(new Membership(key, members, view.span(org.start(), last)));
            }
        }
    }

    /**
     * Whether {@code [from, to)} is one clause set off by commas (", fundada en Shanghai el 15 de junio de 2001,"): it
     * opens and closes with a comma, holds no other comma, no sentence or bracket punctuation, and at most
     * {@link #APPOSITION} words.
     */
    private static boolean apposed(LetterAnalysis view, int from, int to) {
        String between = view.text().substring(from, to).strip();
        if (between.length() < 2 || between.charAt(0) != ',' || between.charAt(between.length() - 1) != ',') {
            return false;
        }
        String inner = between.substring(1, between.length() - 1);
        return !inner.isBlank() && inner.chars().noneMatch(c -> ",;:.()".indexOf(c) >= 0 || c == '\u060C')
                && view.words(from, to) <= APPOSITION;
    }

    /**
     * Where the States of a membership may be listed: the sentence's end, or, where the sentence ends with a colon right
     * after {@code from} ("The following States are members of the CSTO:" and the States on the next line), the end of
     * the sentence that follows.
     */
    private static int listEnd(LetterAnalysis view, int from, Sentence sentence) {
        String text = view.text();
        if (from > sentence.end() || !text.substring(from, sentence.end()).strip().equals(":")) {
            return sentence.end();
        }
        int next = sentence.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() ? view.sentenceAt(next).end() : sentence.end();
    }
}
