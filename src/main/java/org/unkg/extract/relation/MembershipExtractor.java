package org.unkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.discovery.BodyCatalog;
import org.unkg.extract.discovery.Referent;
import org.unkg.extract.discovery.Referents;
import org.unkg.extract.event.LetterView;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Membership;
import org.unkg.text.LetterText;

/**
 * Member States a letter lists for an organization: a membership cue ("member States of", "الدول الأعضاء
 * في"), the organization right after it, and the states the rest of the sentence names (two at least).
 */
public final class MembershipExtractor implements Extractor {
    private static final int ORG_GAP = 3;

    @Override
    public String name() {
        return "memberships";
    }

    @Override
    public void extract(LetterText letter, ExtractionContext context, LetterFacts out) {
        List<Pattern> cues = RelationCues.of(letter.language()).patterns("membership");
        if (cues.isEmpty()) {
            return;
        }
        LetterView view = LetterView.of(letter);
        Referents referents = Referents.of(view, out, BodyCatalog.of(context.catalog()));
        for (Pattern cue : cues) {
            Matcher m = cue.matcher(view.text());
            while (m.find()) {
                int[] sentence = view.sentenceAt(m.start());
                Referent org = referents.bodies().stream()
                        .filter(r -> r.start() >= m.start() && r.start() < sentence[1]
                                && (r.start() < m.end() || view.words(m.end(), r.start()) <= ORG_GAP))
                        .findFirst().orElse(null);
                if (org == null) {
                    continue;
                }
                List<String> members = new ArrayList<>();
                for (Referent s : referents.states()) {
                    if (s.state() && s.start() >= org.end() && s.end() <= sentence[1] && !members.contains(s.key())) {
                        members.add(s.key());
                    }
                }
                boolean known = out.memberships().stream().anyMatch(x -> x.organization().equals(org.key()));
                if (members.size() >= 2 && !known) {
                    out.add(new Membership(org.key(), members, view.span(m.start(), sentence[1])));
                }
            }
        }
    }
}
