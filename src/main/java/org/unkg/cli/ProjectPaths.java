package org.unkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.unkg.catalog.BundledData;
import org.unkg.extract.core.ExtractionContext;
import org.unkg.store.StoreException;
import picocli.CommandLine.Option;

/**
 * Where the catalog, the extraction rules, the UNBIS Thesaurus and the ontology are: the repository's
 * {@code data/catalog}, {@code data/rules}, {@code data/authorities/unbis-thesaurus.ttl} and {@code ontology} when
 * run from its root, else the copies the jar carries; each can be given explicitly.
 */
final class ProjectPaths {
    @Option(names = "--catalog", paramLabel = "DIR",
            description = "Catalog directory of Turtle files (default: data/catalog, else the catalog in the jar).")
    Path catalog;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Extraction rules directory (default: data/rules, else the rules in the jar).")
    Path rules;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology directory with unkg.ttl and shapes.ttl (default: ontology, else the ontology in the jar).")
    Path ontology;

    @Option(names = "--thesaurus", paramLabel = "FILE",
            description = "UNBIS Thesaurus (SKOS Turtle) subjects are linked to and letters indexed with "
                    + "(default: data/authorities/unbis-thesaurus.ttl, else the copy in the jar).")
    Path thesaurus;

    Path catalog() {
        return catalog != null ? catalog : BundledData.dir(Path.of("data", "catalog"), "catalog");
    }

    Path rules() {
        return rules != null ? rules : BundledData.dir(Path.of("data", "rules"), "rules");
    }

    /** The extraction context of the catalog and rules directories; missing directories are user errors. */
    ExtractionContext context() throws java.io.IOException {
        requireCatalogAndThesaurus();
        if (!Files.isDirectory(rules())) {
            throw new StoreException("rules directory not found: " + rules() + " (run from the repository root or pass --rules)");
        }
        return ExtractionContext.load(catalog(), rules(), thesaurus());
    }

    /** Fails with a user error naming the path when the catalog directory or the thesaurus file is missing. */
    void requireCatalogAndThesaurus() {
        if (!Files.isDirectory(catalog())) {
            throw new StoreException("catalog directory not found: " + catalog() + " (run from the repository root or pass --catalog)");
        }
        if (!Files.isRegularFile(thesaurus())) {
            throw new StoreException("thesaurus not found: " + thesaurus() + " (run from the repository root or pass --thesaurus)");
        }
    }

    Path thesaurus() {
        return thesaurus != null ? thesaurus
                : BundledData.dir(Path.of("data", "authorities"), "authorities").resolve("unbis-thesaurus.ttl");
    }

    Path ontology() {
        return ontology != null ? ontology : BundledData.dir(Path.of("ontology"), "ontology");
    }
}
