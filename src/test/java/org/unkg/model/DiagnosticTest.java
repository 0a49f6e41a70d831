package org.unkg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void codesAreKebabCaseSoAnalystsCanFilterOnThem() {
        assertThat(new Diagnostic("task-list-without-owner", "", null).code()).isEqualTo("task-list-without-owner");
        assertThatThrownBy(() -> new Diagnostic("No date", "", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diagnostic("no_date", "", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Diagnostic(null, "", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailIsKeptToOneLine() {
        assertThat(Diagnostic.absent("no-date", "  the title\nline  has none ").detail()).isEqualTo("the title line has none");
    }

    @Test
    void lettersFactsKeepDiagnosticsInTheOrderTheyWereAdded() {
        LetterFacts facts = new LetterFacts();
        facts.add(Diagnostic.absent("no-date", ""));
        facts.add(new Diagnostic("event-subject-unresolved", "the Office", new Span(3, 13)));
        assertThat(facts.diagnostics()).extracting(Diagnostic::code).containsExactly("no-date", "event-subject-unresolved");
    }
}
