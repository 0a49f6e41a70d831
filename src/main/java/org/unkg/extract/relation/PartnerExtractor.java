package org.unkg.extract.relation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.unkg.extract.ExtractionContext;
import org.unkg.extract.Extractor;
import org.unkg.extract.fact.EntityKind;
import org.unkg.extract.fact.LetterFacts;
import org.unkg.extract.fact.Mandate;
import org.unkg.extract.fact.Mention;
import org.unkg.extract.fact.Partner;
import org.unkg.extract.fact.Task;
import org.unkg.extract.rules.RuleFiles;
import org.unkg.text.LetterText;

/**
 * The bodies an office must work with: every organization named inside one of its mandate's tasks ("to
 * cooperate with the African Union and ECCAS", "التعاون مع الاتحاد الأفريقي والجماعة الاقتصادية لدول وسط أفريقيا"),
 * except the office itself and the bodies it reports to or belongs to ({@code partners.tsv}). Runs after the
 * mandate and mention extractors.
 */
public final class PartnerExtractor implements Extractor {
    private static volatile Set<String> excluded;

    private static Set<String> excluded() {
        if (excluded == null) {
            excluded = RuleFiles.rows("partners.tsv").stream().filter(r -> r[0].equals("not-partner"))
                    .map(r -> r[1]).collect(Collectors.toUnmodifiableSet());
        }
        return excluded;
    }

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public void extract(LetterText letter, ExtractionContext context, LetterFacts out) {
        for (Mandate mandate : out.mandates()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Task task : mandate.tasks()) {
                for (Mention m : out.mentions()) {
                    if (m.kind() == EntityKind.ORGANIZATION && m.key() != null && m.span() != null
                            && m.span().start() >= task.span().start() && m.span().end() <= task.span().end()
                            && !m.key().equals(mandate.entity()) && !excluded().contains(m.key())
                            && seen.add(m.key())) {
                        out.add(new Partner(mandate.entity(), m.key(), m.span()));
                    }
                }
            }
        }
    }
}
