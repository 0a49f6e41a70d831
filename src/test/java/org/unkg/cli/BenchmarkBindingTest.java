package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The benchmark binds only the parameters a query documents, as an inline VALUES that keeps the query valid. */
class BenchmarkBindingTest {
    @Test
    void bindsADocumentedParameterAtTheStartOfThePattern() {
        String q = "# Run with: unkg query --db DB q.rq --bind key=UNTOP\nSELECT ?key ?x WHERE { ?x <urn:p> ?key }";

        String bound = new BenchmarkCommand().bound(q);

        assertThat(bound).contains("VALUES ?key { \"UNRCCA\" }");
        assertThat(QueryFactory.create(bound).getProjectVars()).extracting(Object::toString).contains("?key");
    }

    @Test
    void leavesAQueryThatOnlyUsesTheVariableNameAlone() {
        String q = "SELECT ?body ?key WHERE { ?body <urn:notation> ?key }";

        assertThat(new BenchmarkCommand().bound(q)).isEqualTo(q);
    }
}
