package org.unkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The benchmark binds only the parameters a query documents, substituted everywhere as 'query --bind' does. */
class BenchmarkBindingTest {
    @Test
    void bindsADocumentedParameterWhereverTheQueryUsesIt() {
        String q = "# Run with: unkg query --db DB q.rq --bind key=UNTOP\nSELECT ?key ?x WHERE { ?x <urn:p> ?key }";

        String bound = new BenchmarkCommand().bound(q);

        assertThat(bound).contains("\"UNRCCA\"").doesNotContain("<urn:p> ?key");
        assertThat(QueryFactory.create(bound).getProjectVars()).extracting(Object::toString).contains("?key");
    }

    @Test
    void bindsTheParameterInsideAGroupThatScopesItOnItsOwnAsQueryBindDoes() {
        String q = "# --bind subject=X\nSELECT ?x WHERE { { ?x <urn:label> ?l FILTER(?l = COALESCE(?subject, \"default\")) } ?y <urn:p> ?x }";
        BenchmarkCommand benchmark = new BenchmarkCommand();
        benchmark.bindings = new java.util.LinkedHashMap<>(java.util.Map.of("subject", "wanted"));

        String bound = benchmark.bound(q);

        assertThat(bound).containsIgnoringCase("COALESCE(\"wanted\", \"default\")");
    }

    @Test
    void leavesAQueryThatOnlyUsesTheVariableNameAlone() {
        String q = "SELECT ?body ?key WHERE { ?body <urn:notation> ?key }";

        assertThat(new BenchmarkCommand().bound(q)).isEqualTo(q);
    }

    @Test
    void dropsAnOrderingByTheBoundParameterWhichWouldNoLongerParse() {
        String q = "# --bind key=X\nSELECT ?key ?x WHERE { ?x <urn:p> ?key } ORDER BY ?key ?x";

        String bound = new BenchmarkCommand().bound(q);

        assertThat(QueryFactory.create(bound).getOrderBy()).hasSize(1);
    }
}
