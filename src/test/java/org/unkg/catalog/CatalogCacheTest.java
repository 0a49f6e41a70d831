package org.unkg.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's Turtle kept as RDF Thrift between starts: the same model as parsing gives, and never a stale one. */
class CatalogCacheTest {
    private static final Path CATALOG = Path.of("data", "catalog");

    @TempDir
    Path tmp;

    private static List<Path> turtle(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        }
    }

    private static Model read(CatalogCache cache, Path dir) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        cache.read(m, turtle(dir));
        return m;
    }

    /** The model's statements in the order it lists them (what every reader of the catalog iterates). */
    private static List<String> listed(Model m) {
        List<String> out = new ArrayList<>();
        m.listStatements().forEachRemaining(st -> out.add(st.asTriple().toString()));
        return out;
    }

    private Path cacheFiles() {
        return tmp.resolve("cache");
    }

    @Test
    void theCatalogReadFromTheCacheIsTheParsedOneStatementForStatementInTheSameOrder() throws IOException {
        CatalogCache cache = new CatalogCache(new ThesaurusCache(cacheFiles()));
        Model parsed = read(cache, CATALOG);
        try (Stream<Path> s = Files.list(cacheFiles())) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
                    .startsWith("catalog-").endsWith(".rt");
        }

        Model cached = read(cache, CATALOG);

        assertThat(cached.size()).isEqualTo(parsed.size()).isGreaterThan(10_000);
        assertThat(listed(cached)).isEqualTo(listed(parsed));
        assertThat(cached.getNsPrefixMap()).isEqualTo(parsed.getNsPrefixMap()).isNotEmpty();
        Model plain = ModelFactory.createDefaultModel();
        for (Path f : turtle(CATALOG)) {
            Catalog.readTurtle(plain, f);
        }
        assertThat(listed(cached)).isEqualTo(listed(plain));
    }

    @Test
    void anEditedOrAddedCatalogFileIsReadFromItsTurtleAgain() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("catalog"));
        Files.writeString(dir.resolve("a.ttl"), "<http://x/a> <http://x/label> \"Alpha Mission\"@en .\n");
        CatalogCache cache = new CatalogCache(new ThesaurusCache(cacheFiles()));
        assertThat(read(cache, dir).size()).isEqualTo(1);

        Files.writeString(dir.resolve("a.ttl"), "<http://x/a> <http://x/label> \"Alpha Office\"@en .\n");
        Model edited = read(cache, dir);
        assertThat(edited.listObjects().toList()).extracting(o -> o.asLiteral().getLexicalForm()).containsExactly("Alpha Office");

        Files.writeString(dir.resolve("b.ttl"), "<http://x/b> <http://x/label> \"Beta Office\"@en .\n");
        assertThat(read(cache, dir).size()).isEqualTo(2);
        try (Stream<Path> s = Files.list(cacheFiles())) {
            assertThat(s.count()).isEqualTo(3);
        }
    }

    @Test
    void aTurtleErrorNamesTheFileAndACorruptCacheFileIsParsedAround() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("catalog"));
        Files.writeString(dir.resolve("a.ttl"), "<http://x/a> <http://x/label> \"Alpha\"@en .\n");
        CatalogCache cache = new CatalogCache(new ThesaurusCache(cacheFiles()));
        read(cache, dir);
        try (Stream<Path> s = Files.list(cacheFiles())) {
            Files.writeString(s.findFirst().orElseThrow(), "not thrift");
        }
        assertThat(read(cache, dir).size()).isEqualTo(1);

        Files.writeString(dir.resolve("b.ttl"), "<http://x/b> <http://x/label> \"Beta\n");
        assertThatThrownBy(() -> read(cache, dir)).isInstanceOf(IOException.class).hasMessageContaining("b.ttl");
    }
}
