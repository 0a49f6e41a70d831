package org.unkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.ARQConstants;
import org.unkg.export.SparqlJsonWriter;
import org.unkg.export.SpreadsheetSafeCsv;
import org.unkg.serve.guard.GuardedQueryService;
import org.unkg.serve.guard.QueryAdmission;
import org.unkg.serve.guard.RegexRewrite;
import org.unkg.serve.guard.ServicePolicy;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.security.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.ingest.LettersFolder;
import org.unkg.store.DatabaseHolder;
import org.unkg.store.StoreException;
import org.unkg.store.Tdb;
import org.unkg.search.SearchIndex;

/**
 * The unkg server: embedded Fuseki on the TDB2 database with the dataset {@code /unkg} read-only
 * (SPARQL query at {@code /unkg/sparql} and {@code /unkg/query}, graph store read at {@code /unkg/get}
 * and {@code /unkg}; no update, no upload), {@code /$/ping}, the linked-data routes ({@code /id},
 * {@code /page}, {@code /data}), the Fuseki UI at {@code /} ({@link FusekiUiPage}), the home page at
 * {@code /home}, the query pages, the search and the letters' original files ({@link OriginalFileServlet}). Admin endpoints ({@code /$/server}, {@code /$/stats},
 * {@code /$/metrics}, {@code /$/tasks}, {@code /$/compact}) exist only with an admin password file,
 * behind HTTP basic authentication; without one, {@link ReadOnlyFusekiAdmin} answers the UI's read-only
 * calls ({@code GET /$/server}, {@code /$/datasets}, {@code /$/stats}) and refuses the rest.
 */
public final class UnkgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnkgServer.class);
    /** The dataset's path on the server. */
    public static final String DATASET = "/unkg";
    private static final List<String> ADMIN_PATHS = List.of("/$/server", "/$/stats/*", "/$/metrics", "/$/tasks/*", "/$/compact/*");

    /** Jetty's threads: Fuseki's own default of 20 at most is used up by 20 slow requests. */
    private static final int SERVER_THREADS_MIN = 8;
    private static final int SERVER_THREADS_MAX = 200;
    /**
     * Bytes of a response Jetty holds before it sends the first: Fuseki's 5 MB means a streamed result reaches the
     * client only after 5 MB (a query cut earlier by its timeout could no longer end with a marker behind a 200),
     * and 200 threads could pin 1 GB of buffers.
     */
    private static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

    private final FusekiServer server;
    private final Dataset dataset;
    private final TextIndex textIndex;
    private final String host;
    private Path announcement;
    private UpdateServlet updates;
    private WarmUp warmUp;

    private UnkgServer(FusekiServer server, Dataset dataset, TextIndex textIndex, String host) {
        this.server = server;
        this.dataset = dataset;
        this.textIndex = textIndex;
        this.host = host;
    }

    /** Opens the database (building its text index if missing) and starts serving. */
    public static UnkgServer start(ServeOptions options) throws IOException {
        SpreadsheetSafeCsv.install();
        SparqlJsonWriter.install();
        // the heap grown for the first views stays (HeapFloor): no shrinking at the warm-up's first concurrent cycle
        HeapFloor.keep();
        Dataset ds = Tdb.open(options.db());
        TextIndex index = null;
        try {
            if (!SearchIndex.exists(options.db())) {
                LOG.info("no text index in {}: building it", options.db());
                SearchIndex.build(options.db(), ds);
            }
            index = SearchIndex.attach(options.db(), ds);
        } catch (IOException | RuntimeException e) {
            LOG.warn("search disabled: the text index could not be opened: {}", e.toString());
        }
        long timeoutMs = options.timeoutSeconds() * 1000L;
        ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMs));
        ServicePolicy services = options.allowedServices().isEmpty() ? ServicePolicy.refuseAll()
                : ServicePolicy.allow(options.allowedServices());
        services.install(ds.getContext(), timeoutMs);
        ds.getContext().set(ARQConstants.sysOptimizerFactory, new RegexRewrite());
        ServeContext ctx = new ServeContext(ds, new Templates(), DocumentedQueries.load(options.queriesDir()),
                timeoutMs, options.resultCap(), services);

        UpdateServlet updates = new UpdateServlet(options.db(), ds, index);
        QueryAdmission admission = new QueryAdmission(options.maxConcurrentQueries(), timeoutMs);
        FusekiUiFiles uiFiles = new FusekiUiFiles(SparqlForm.defaultQuery(ctx.queries()));
        FusekiServer.Builder b = FusekiServer.create()
                .registerOperation(Operation.Query, new GuardedQueryService(services))
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new ErrorPages(ctx.templates(), timeoutMs))
                .addFilter(DATASET + "/*", admission)
                .addFilter("/queries/*", admission)
                .port(options.port())
                .numServerThreads(SERVER_THREADS_MIN, SERVER_THREADS_MAX)
                .add(DATASET, ds, false)
                .enablePing(true)
                .enableCors(false)
                .addServlet(UpdateServlet.PATH, updates)
                .addServlet("/home", new HomeServlet(ctx))
                .addServlet("/id/*", new LinkedDataServlet(ctx, LinkedDataServlet.Mode.ID))
                .addServlet("/page/*", new LinkedDataServlet(ctx, LinkedDataServlet.Mode.PAGE))
                .addServlet("/data/*", new LinkedDataServlet(ctx, LinkedDataServlet.Mode.DATA))
                .addServlet("/queries/*", new QueriesServlet(ctx))
                .addServlet("/sparql", new QueriesServlet(ctx))
                .addServlet("/search", new SearchServlet(ctx, index != null))
                .addServlet(OriginalFileServlet.PATH + "/*", new OriginalFileServlet(ctx, options.lettersDir() != null
                        ? options.lettersDir() : LettersFolder.recorded(options.db()).orElse(null)))
                .addServlet("/static/*", new StaticServlet(uiFiles))
                .addServlet("/favicon.ico", new StaticServlet(uiFiles));
        FusekiUiPage ui = new FusekiUiPage(ctx);
        for (String path : List.of("", "/index.html", "/sparql-editor", FusekiUiFiles.PREFIXES_PATH)) {
            b.addServlet(path, ui);
        }
        TimelineServlet timeline = new TimelineServlet(ctx);
        TimelineServlet.paths().forEach(path -> b.addServlet(path, timeline));
        if (options.adminPasswordFile() != null) {
            if (!Files.isReadable(options.adminPasswordFile())) {
                throw new StoreException("admin password file not readable: " + options.adminPasswordFile());
            }
            UserStore users = JettySecurityLib.makeUserStore(options.adminPasswordFile().toString());
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("unkg admin", users,
                    org.apache.jena.atlas.web.AuthScheme.BASIC);
            for (String path : ADMIN_PATHS) {
                JettySecurityLib.addPathConstraint(security, path);
            }
            b.securityHandler(security)
                    .enableStats(true)
                    .enableMetrics(true)
                    .enableCompact(true)
                    .addServlet("/$/server", new ActionServerStatus());
            LOG.info("admin endpoints on, behind basic authentication ({})", options.adminPasswordFile());
        } else {
            ReadOnlyFusekiAdmin readOnly = new ReadOnlyFusekiAdmin();
            ReadOnlyFusekiAdmin.PATHS.forEach(path -> b.addServlet(path, readOnly));
        }
        boolean loopback = "127.0.0.1".equals(options.host()) || "localhost".equals(options.host()) || "::1".equals(options.host());
        b.loopback(loopback);
        FusekiServer server = b.build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
        }
        if (!loopback && !"0.0.0.0".equals(options.host())) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(options.host());
                }
            }
        }
        server.start();
        UnkgServer s = new UnkgServer(server, ds, index, options.host());
        s.updates = updates;
        s.announcement = DatabaseHolder.announceServer(options.db(), s.baseUrl());
        LOG.info("serving {} at {}", options.db(), s.baseUrl());
        if (options.warmUp()) {
            s.warmUp = new WarmUp(ctx, options.db(), s.baseUrl());
            s.warmUp.start();
        }
        return s;
    }

    /**
     * Takes {@code build --update} requests for the served database from now on ({@link UpdateServlet}), extracting
     * letters with the runner {@code runners} makes at the first one.
     */
    public void acceptUpdates(java.util.function.Supplier<org.unkg.store.BuildRunner> runners) {
        updates.accept(runners);
    }

    /** The background warm-up's outcome, when the server was started with one ({@link ServeOptions#warmUp()}). */
    java.util.Optional<java.util.concurrent.CompletableFuture<WarmUp.Result>> warmUp() {
        return java.util.Optional.ofNullable(warmUp).map(WarmUp::result);
    }

    /**
     * Waits until the background warm-up (if the server was started with one) has ended, however it ended; returns
     * whether there was one. A benchmark times the server an operator puts in service, not the warm-up beside it.
     */
    public boolean awaitWarmUp() {
        var outcome = warmUp();
        outcome.ifPresent(f -> {
            try {
                f.join();
            } catch (RuntimeException e) {
                // a warm-up that failed has ended too; it logged why
            }
        });
        return outcome.isPresent();
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port();
    }

    /** The dataset being served (for tests). */
    public Dataset dataset() {
        return dataset;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        if (warmUp != null) {
            warmUp.stop();
        }
        server.stop();
        if (updates != null) {
            updates.close();
        }
        if (announcement != null) {
            try {
                Files.deleteIfExists(announcement);
            } catch (IOException e) {
                LOG.debug("could not remove {}: {}", announcement, e.toString());
            }
        }
        if (textIndex != null) {
            textIndex.close();
        }
        dataset.close();
    }
}
