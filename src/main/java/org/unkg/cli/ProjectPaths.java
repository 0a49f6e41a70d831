package org.unkg.cli;

import java.nio.file.Path;
import org.unkg.catalog.BundledData;
import picocli.CommandLine.Option;

/**
 * Where the catalog and the ontology are: the repository's {@code data/catalog} and {@code ontology} when run
 * from its root, else the copies the jar carries; either can be given explicitly.
 */
final class ProjectPaths {
    @Option(names = "--catalog", paramLabel = "DIR",
            description = "Catalog directory of Turtle files (default: data/catalog, else the catalog in the jar).")
    Path catalog;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology directory with unkg.ttl and shapes.ttl (default: ontology, else the ontology in the jar).")
    Path ontology;

    Path catalog() {
        return catalog != null ? catalog : BundledData.dir(Path.of("data", "catalog"), "catalog");
    }

    Path ontology() {
        return ontology != null ? ontology : BundledData.dir(Path.of("ontology"), "ontology");
    }
}
