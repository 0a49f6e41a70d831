package org.unkg.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledDataTest {
    @Test
    void theBuildCarriesCatalogRulesOntologyAndQueries() throws Exception {
        for (String name : new String[] {"catalog", "rules", "ontology", "queries"}) {
            Path dir = BundledData.bundled(name);
            assertThat(dir).as(name).isNotNull();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).as(name).isNotEmpty();
            }
        }
        assertThat(BundledData.bundled("ontology").resolve("shapes.ttl")).exists();
    }

    @Test
    void aDirectoryInTheWorkingTreeTakesPrecedence(@org.junit.jupiter.api.io.TempDir Path tmp) {
        assertThat(BundledData.dir(tmp, "catalog")).isEqualTo(tmp);
        assertThat(BundledData.dir(tmp.resolve("absent"), "catalog")).isEqualTo(BundledData.bundled("catalog"));
    }

    @Test
    void aCatalogWithoutBundleOrDirectoryIsReturnedAsGivenForTheCallerToReport() {
        Path missing = Path.of("no-such-dir");
        assertThat(BundledData.dir(missing, "no-such-bundle")).isEqualTo(missing);
    }
}
