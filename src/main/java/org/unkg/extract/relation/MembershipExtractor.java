package org.unkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.extract.core.Referent;
import org.unkg.extract.core.Referents;
import org.unkg.extract.core.Sentence;
import org.unkg.extract.rules.PhraseScanner;
import org.unkg.model.LetterFacts;
import org.unkg.model.Membership;

/**
 * Member States a letter lists for an organization: a membership cue ("member States of", "الدول الأعضاء
 * في"), the organization right after it, and the states the rest of the sentence names (two at least).
 */
public final class MembershipExtractor implements Extractor {
    private static final int ORG_GAP = 3;
    private final Map<String, RelationCues> cues;

    /** The extractor with the relation cues ({@code events/relations.tsv}) of {@code context}. */
    public MembershipExtractor(ExtractionContext context) {
        this.cues = RelationCues.all(context.rules());
    }

    @Override
    public String name() {
        return "memberships";
    }

    @Override
    public void extract(LetterAnalysis view, LetterFacts out) {
        RelationCues language = this.cues.get(view.language());
        List<Pattern> cues = language == null ? List.of() : language.patterns("membership");
        if (cues.isEmpty()) {
            return;
        }
        Referents referents = view.referents();
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
            for (Referent s : referents.states()) {
                if (s.state() && s.start() >= org.end() && s.end() <= sentence.end() && !members.contains(s.key())) {
                    members.add(s.key());
                }
            }
            boolean known = out.memberships().stream().anyMatch(x -> x.organization().equals(org.key()));
            if (members.size() >= 2 && !known) {
                out.add(new Membership(org.key(), members, view.span(m.start(), sentence.end())));
            }
        }
    }
}
