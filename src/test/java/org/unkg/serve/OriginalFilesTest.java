package org.unkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.catalog.Catalog;
import org.unkg.extract.Pipelines;
import org.unkg.store.BuildRunner;

/**
 * The letters' original files over real HTTP from a real server: served read-only with their media type
 * from the folder the database was built from, linked from the letter's page, and nothing else: no path
 * out of the folder (dot segments plain or encoded, absolute paths, backslashes, a symbolic link pointing
 * out), no file of the folder that is no letter, no file changed since the build.
 */
class OriginalFilesTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SECRET = "Letter dated 1 May 2024 from the Secretary-General: top secret words";
    @TempDir
    static Path tmp;
    static UnkgServer server;
    static Path letters;
    static byte[] pdf;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path project = ServedGraph.projectDir();
        Path fixtures = project.resolve("src/test/resources/org/unkg/ingest/letters");
        letters = Files.createDirectories(tmp.resolve("letters"));
        Files.createDirectories(letters.resolve("pdf"));
        Files.copy(fixtures.resolve("pdf/ar-rtl.pdf"), letters.resolve("pdf/ar-rtl.pdf"));
        Files.copy(fixtures.resolve("docx/en-one-page.docx"), letters.resolve("en-one-page.docx"));
        Files.copy(fixtures.resolve("txt/fr-two-pages.txt"), letters.resolve("changed.txt"));
        Files.write(letters.resolve("notes.bin"), new byte[] {0, 1, 2, 3});
        Files.writeString(letters.resolve(".env"), SECRET);
        Path outside = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(letters.resolve("link.txt"), outside);
        pdf = Files.readAllBytes(letters.resolve("pdf/ar-rtl.pdf"));

        Model ontology = ModelFactory.createDefaultModel();
        Catalog.readTurtle(ontology, project.resolve("ontology/unkg.ttl"));
        new BuildRunner(Pipelines.project(), ontology, "test").build(letters, tmp.resolve("db"), true);
        Files.writeString(letters.resolve("changed.txt"), "\nchanged after the build", java.nio.file.StandardOpenOption.APPEND);
        server = UnkgServer.start(ServeOptions.defaults(tmp.resolve("db")).withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends {@code path} exactly as written (no client normalisation); returns the status line and the whole answer. */
    private static String raw(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPdfLetterIsServedAsThePdfItWasReadFrom() throws Exception {
        HttpResponse<byte[]> r = get("/original/pdf/ar-rtl.pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(pdf);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("inline"));
    }

    @Test
    void aWordLetterIsOfferedAsADownload() throws Exception {
        HttpResponse<byte[]> r = get("/original/en-one-page.docx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).startsWith("sandbox"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theLetterPageLinksToItsOriginal() throws Exception {
        HttpResponse<byte[]> page = get("/page/letter/pdf/ar-rtl");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("href=\"/original/pdf/ar-rtl.pdf\"");
    }

    @Test
    void noPathLeadsOutOfTheLettersFolder() throws Exception {
        List<String> attempts = List.of(
                "/original/../../secret.txt",
                "/original/pdf/../../secret.txt",
                "/original/%2e%2e/secret.txt",
                "/original/pdf/%2e%2e/%2e%2e/secret.txt",
                "/original/..%2fsecret.txt",
                "/original/pdf%2f..%2f..%2fsecret.txt",
                "/original/%2F" + tmp.resolve("secret.txt").toString().substring(1).replace("/", "%2F"),
                "/original/" + tmp.resolve("secret.txt"),
                "/original//" + tmp.resolve("secret.txt"),
                "/original/..%5csecret.txt",
                "/original/..\\secret.txt",
                "/original/link.txt",
                "/original/.env",
                "/original/notes.bin",
                "/original/secret.txt%00.pdf",
                "/original/");
        for (String path : attempts) {
            String answer = raw(path);
            assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("top secret");
            assertThat(answer).as(path).matches("(?s)HTTP/1\\.1 (400|404).*");
        }
    }

    @Test
    void aFileChangedSinceTheBuildIsNotServedAsTheLettersOriginal() throws Exception {
        HttpResponse<byte[]> r = get("/original/changed.txt");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("changed.txt").contains("rebuild");
    }

    @Test
    void aLettersFolderGivenToTheServerReplacesTheOneRecordedAtBuildTime() throws Exception {
        Path moved = Files.createDirectories(tmp.resolve("moved/pdf"));
        Files.copy(letters.resolve("pdf/ar-rtl.pdf"), moved.resolve("ar-rtl.pdf"));
        try (UnkgServer other = UnkgServer.start(ServeOptions.defaults(tmp.resolve("db")).withPort(0).withLetters(moved.getParent()))) {
            HttpResponse<byte[]> served = HTTP.send(HttpRequest.newBuilder(URI.create(other.baseUrl() + "/original/pdf/ar-rtl.pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> absent = HTTP.send(HttpRequest.newBuilder(URI.create(other.baseUrl() + "/original/en-one-page.docx")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).isEqualTo(pdf);
            assertThat(absent.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void originalsAreReadOnly() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/original/en-one-page.docx"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(Files.size(letters.resolve("en-one-page.docx"))).isGreaterThan(1000);
    }
}
