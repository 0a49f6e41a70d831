package org.unkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the catalog and the ontology are: by default the repository's {@code data/catalog} and {@code ontology}. */
final class ProjectPaths {
    @Option(names = "--catalog", paramLabel = "DIR", defaultValue = "data/catalog",
            description = "Catalog directory of Turtle files (default: ${DEFAULT-VALUE}).")
    Path catalog;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "Ontology directory with unkg.ttl and shapes.ttl (default: ${DEFAULT-VALUE}).")
    Path ontology;
}
