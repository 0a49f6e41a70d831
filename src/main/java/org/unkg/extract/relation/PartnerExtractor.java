package org.unkg.extract.relation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.extract.core.Extractor;
import org.unkg.extract.core.LetterAnalysis;
import org.unkg.model.EntityKind;
import org.unkg.model.LetterFacts;
import org.unkg.model.Mandate;
import org.unkg.model.Mention;
import org.unkg.model.Partner;
import org.unkg.model.Task;

/**
 * The bodies an office must work with: every organization named inside one of its mandate's tasks ("to
 * cooperate with the African Union and ECCAS", "التعاون مع الاتحاد الأفريقي والجماعة الاقتصادية لدول وسط أفريقيا"),
 * except the office itself and the bodies it reports to or belongs to ({@code partners.tsv}). Runs after the
 * mandate and mention extractors.
 */
public final class PartnerExtractor implements Extractor {
    private final Set<String> excluded;

    /** The extractor with the bodies that are never partners ({@code partners.tsv}) of {@code context}. */
    public PartnerExtractor(ExtractionContext context) {
        this.excluded = context.rules().common("partners.tsv").stream().filter(r -> r[0].equals("not-partner"))
                .map(r -> r[1]).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public void extract(LetterAnalysis letter, LetterFacts out) {
        for (Mandate mandate : out.mandates()) {
            Set<String> seen = new LinkedHashSet<>();
            for (Task task : mandate.tasks()) {
                for (Mention m : out.mentions()) {
                    if (m.kind() == EntityKind.ORGANIZATION && m.key() != null && m.span() != null
                            && m.span().start() >= task.span().start() && m.span().end() <= task.span().end()
                            && !m.key().equals(mandate.entity()) && !excluded.contains(m.key())
                            && seen.add(m.key())) {
                        out.add(new Partner(mandate.entity(), m.key(), m.span()));
                    }
                }
            }
        }
    }
}
