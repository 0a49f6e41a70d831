package org.unkg.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The reference entities extraction links to: UN bodies, missions, regional organizations, states,
 * persons and places, read from {@code data/catalog/*.ttl}. See {@code docs/catalog.md} for the conventions.
 */
public final class Catalog {
    private final Model model;

    public Catalog(Model model) {
        this.model = model;
    }

    /**
     * Reads every {@code .ttl} file in {@code dir} (sorted by name, so the result is deterministic; kept read in
     * {@link CatalogCache}), then the sources of its entries ({@code sources.tsv}, see {@link CatalogSources}) when the
     * directory has them.
     */
    public static Catalog load(Path dir) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        }
        // the Turtle's triples from the start-up cache when it holds exactly these files (CatalogCache)
        CatalogCache.standard().read(model, files);
        Path sources = dir.resolve(CatalogSources.FILE);
        if (Files.isRegularFile(sources)) {
            CatalogSources.apply(model, sources);
        }
        return new Catalog(model);
    }

    /** Reads a Turtle file (on disk or inside the jar) into {@code model}; errors name the file. */
    public static void readTurtle(Model model, Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            RDFDataMgr.read(model, in, "file:///" + file.getFileName(), org.apache.jena.riot.Lang.TURTLE);
        } catch (org.apache.jena.riot.RiotException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every Arabic label of the catalog, in statement order: the words and names the repair of visual-order Arabic
     * text may re-join a split word into.
     */
    public List<String> arabicLabels() {
        List<String> labels = new java.util.ArrayList<>();
        model.listStatements().forEachRemaining(st -> {
            if (st.getObject().isLiteral() && "ar".equals(st.getObject().asLiteral().getLanguage())) {
                labels.add(st.getObject().asLiteral().getLexicalForm());
            }
        });
        return labels;
    }

    /** The catalog as RDF: what the build loads into the catalog's named graph. */
    public Model model() {
        return model;
    }
}
