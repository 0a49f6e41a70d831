package org.unkg.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thesaurus cache: a thesaurus read back from it is the one parsed from its Turtle (concepts, labels, hierarchy,
 * term lookup, RDF); the cache is keyed by the source's content, so an edited source is parsed again; a broken cache
 * file only means parsing.
 */
class ThesaurusCacheTest {
    private static final Path UNBIS = Path.of("data", "authorities", "unbis-thesaurus.ttl");

    @TempDir
    Path tmp;

    private static String skos(String label) {
        return """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <http://metadata.un.org/thesaurus/010000> a skos:Concept ; skos:notation "010000" ; skos:prefLabel "POLITICS"@en .
                <http://metadata.un.org/thesaurus/1000001> a skos:Concept ; skos:notation "1000001" ;
                    skos:prefLabel "%s"@en , "Paix"@fr ; skos:broader <http://metadata.un.org/thesaurus/010000> .
                """.formatted(label);
    }

    @Test
    void theUnbisThesaurusReadFromTheCacheIsTheOneParsedFromItsTurtle() throws Exception {
        ThesaurusCache cache = new ThesaurusCache(tmp.resolve("cache"));
        Thesaurus parsed = cache.load(UNBIS);
        Path file = cache.file(ThesaurusCache.sha256(Files.readAllBytes(UNBIS)));
        assertThat(file).isRegularFile();

        Thesaurus cached = cache.load(UNBIS);

        assertThat(List.copyOf(cached.concepts())).isEqualTo(List.copyOf(parsed.concepts())).hasSizeGreaterThan(5000);
        assertThat(cached.keys()).isEqualTo(parsed.keys());
        for (Thesaurus.Concept c : parsed.concepts()) {
            assertThat(cached.depth(c.iri())).isEqualTo(parsed.depth(c.iri()));
            assertThat(cached.narrower(c.iri())).isEqualTo(parsed.narrower(c.iri()));
        }
        assertThat(cached.find("peacebuilding")).isEqualTo(parsed.find("peacebuilding")).isPresent();
        assertThat(cached.model().isIsomorphicWith(parsed.model())).isTrue();
    }

    @Test
    void theCacheIsKeyedByTheSourcesContent() throws Exception {
        ThesaurusCache cache = new ThesaurusCache(tmp.resolve("cache"));
        Path source = tmp.resolve("t.ttl");
        Files.writeString(source, skos("PEACE"));
        Path peaceFile = cache.file(ThesaurusCache.sha256(Files.readAllBytes(source)));
        assertThat(cache.load(source).find("peace")).isPresent();
        // a cache file under this content's name is what a load of it reads: one holding another thesaurus shows it
        Path other = tmp.resolve("other.ttl");
        Files.writeString(other, skos("WAR"));
        ThesaurusCache.write(Thesaurus.of(other, Files.readAllBytes(other)), peaceFile);
        assertThat(cache.load(source).find("war")).isPresent();

        // an edited source has another name in the cache: it is parsed again
        Files.writeString(source, skos("DISARMAMENT"));
        Thesaurus edited = cache.load(source);
        assertThat(edited.find("disarmament")).isPresent();
        assertThat(edited.find("war")).isEmpty();
    }

    @Test
    void aBrokenCacheFileIsPassedOverAndTheTurtleParsed() throws Exception {
        ThesaurusCache cache = new ThesaurusCache(tmp.resolve("cache"));
        Path source = tmp.resolve("t.ttl");
        Files.writeString(source, skos("PEACE"));
        Path file = cache.file(ThesaurusCache.sha256(Files.readAllBytes(source)));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a cache");

        Thesaurus t = cache.load(source);

        assertThat(t.find("peace")).isPresent();
        assertThat(t.depth("http://metadata.un.org/thesaurus/1000001")).isEqualTo(1);
        assertThat(new ThesaurusCache(null).load(source).concepts()).containsExactlyElementsOf(t.concepts());
    }
}
