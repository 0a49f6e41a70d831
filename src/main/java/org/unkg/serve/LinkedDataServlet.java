package org.unkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.graph.DatabaseVersion;
import org.unkg.graph.Vocab;
import org.unkg.serve.ContentNegotiation.Representation;

/**
 * Linked data under the persistent base: {@code /id/...} answers {@code 303 See Other} to
 * {@code /page/...} (HTML) or {@code /data/...} (RDF) by the {@code Accept} header, {@code 406} when
 * nothing fits, {@code 404} for IRIs the graph does not know; {@code /data/...} returns the resource's
 * triples plus the labels of the resources it links to, in the negotiated syntax or {@code ?format=};
 * {@code /page/...} renders the resource's HTML page. IRIs outside {@code id/} are reached with
 * {@code ?iri=}.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);
    private static final List<Representation> ID_OFFERS = List.of(Representation.HTML, Representation.TURTLE,
            Representation.JSONLD, Representation.NTRIPLES, Representation.RDFXML);
    private static final List<Representation> DATA_OFFERS = List.of(Representation.TURTLE,
            Representation.JSONLD, Representation.NTRIPLES, Representation.RDFXML);
    private static final List<Property> LINK_LABELS = List.of(Vocab.skosPrefLabel, RDFS.label, Vocab.foafName,
            ResourceFactory.createProperty(Vocab.SKOS + "notation"));

    /** Which of the three roles this servlet plays. */
    enum Mode { ID, PAGE, DATA }

    private final ServeContext ctx;
    private final Mode mode;

    LinkedDataServlet(ServeContext ctx, Mode mode) {
        this.ctx = ctx;
        this.mode = mode;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = iri(req);
        if (iri == null) {
            Html.error(ctx.templates(), resp, 404, "Not found", "No resource is named by " + req.getRequestURI());
            return;
        }
        if (!isValidIri(iri)) {
            Html.error(ctx.templates(), resp, 404, "Not found", "The graph has nothing about " + iri + ": it is not a valid IRI");
            return;
        }
        boolean exists = Txn.calculateRead(ctx.dataset(), () -> new ResourcePage(ctx.reader()).exists(iri));
        switch (mode) {
            case ID -> redirect(req, resp, iri, exists);
            case DATA -> data(req, resp, iri, exists);
            case PAGE -> page(req, resp, iri, exists);
        }
    }

    /** The IRI named by the request path or {@code ?iri=}; null when there is none. */
    private static String iri(HttpServletRequest req) {
        String path = req.getPathInfo();
        if (path != null && path.length() > 1) {
            return LinkedDataPaths.iriOf(path.substring(1));
        }
        String iri = req.getParameter("iri");
        return iri == null || iri.isBlank() ? null : iri;
    }

    /** Whether the graph could hold the IRI at all (the graph holds valid IRIs only, see LetterGraphWriter). */
    static boolean isValidIri(String iri) {
        try {
            IRIx.create(iri);
            return true;
        } catch (IRIException e) {
            return false;
        }
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, String iri, boolean exists) throws IOException {
        resp.setHeader("Vary", "Accept");
        if (!exists) {
            Html.error(ctx.templates(), resp, 404, "Not found", "The graph has nothing about " + iri);
            return;
        }
        Optional<Representation> choice = ContentNegotiation.choose(req.getHeader("Accept"), ID_OFFERS);
        if (choice.isEmpty()) {
            Html.plain(resp, 406, "Not acceptable. Available: text/html, text/turtle, application/ld+json, "
                    + "application/n-triples, application/rdf+xml\n");
            return;
        }
        String location = choice.get() == Representation.HTML
                ? LinkedDataPaths.pageHref(iri)
                : LinkedDataPaths.dataHref(iri, null);
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
        resp.setContentLength(0);
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, String iri, boolean exists) throws IOException {
        String format = req.getParameter("format");
        Optional<Representation> choice;
        if (format != null) {
            choice = ContentNegotiation.byFormat(format).filter(DATA_OFFERS::contains);
            if (choice.isEmpty()) {
                Html.plain(resp, 400, "Unknown format '" + format + "': use ttl, jsonld, nt or rdf\n");
                return;
            }
        } else {
            resp.setHeader("Vary", "Accept");
            choice = ContentNegotiation.choose(req.getHeader("Accept"), DATA_OFFERS);
            if (choice.isEmpty()) {
                Html.plain(resp, 406, "Not acceptable. Available: text/turtle, application/ld+json, "
                        + "application/n-triples, application/rdf+xml\n");
                return;
            }
        }
        if (!exists) {
            Html.plain(resp, 404, "The graph has nothing about " + iri + "\n");
            return;
        }
        Model description = Txn.calculateRead(ctx.dataset(), () -> describe(ctx.reader().union(), iri));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description, choice.get().lang);
        resp.setStatus(200);
        resp.setContentType(choice.get().mediaType + "; charset=utf-8");
        resp.setContentLength(out.size());
        resp.getOutputStream().write(out.toByteArray());
    }

    /**
     * The resource's triples, those the vocabulary implies that the database does not store
     * ({@link org.unkg.graph.StoredTriples}: an event's or mandate's type, a document's undocs.org page, a letter's
     * build), plus the labels of the resources it links to.
     */
    static Model describe(Model union, String iri) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.prefixes());
        Resource r = union.createResource(iri);
        List<Statement> statements = new java.util.ArrayList<>(union.listStatements(r, null, (RDFNode) null).toList());
        org.unkg.graph.StoredTriples.implied(union.getGraph(), r.asNode()).forEach(t -> statements.add(union.asStatement(t)));
        for (Statement st : statements) {
            m.add(st);
            if (st.getObject().isURIResource()) {
                Resource o = st.getObject().asResource();
                for (Property p : LINK_LABELS) {
                    m.add(union.listStatements(o, p, (RDFNode) null));
                }
            }
        }
        return m;
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String iri, boolean exists) throws IOException {
        if (!exists) {
            Html.error(ctx.templates(), resp, 404, "Not found", "The graph has nothing about " + iri);
            return;
        }
        int in = 0;
        try {
            String p = req.getParameter("in");
            in = p == null ? 0 : Math.max(0, Integer.parseInt(p));
        } catch (NumberFormatException e) {
            in = 0;
        }
        int incomingPage = in;
        long t0 = System.nanoTime();
        String request = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        // a page is kept under the version of the data it shows: the version is read again in the transaction that
        // reads the page's data, and a page whose data is newer than the version asked for is sent but not kept
        String version = Txn.calculateRead(ctx.dataset(), () -> DatabaseVersion.current(ctx.dataset()));
        boolean[] rendered = {false};
        byte[] html = ctx.pages().getOrRender(version, request, () -> {
            rendered[0] = true;
            Rendered r = Txn.calculateRead(ctx.dataset(), () -> new Rendered(DatabaseVersion.current(ctx.dataset()), null,
                    new ResourcePage(ctx.reader()).scope(iri, incomingPage)));
            byte[] page = ctx.templates().render("page", r.scope()).getBytes(StandardCharsets.UTF_8);
            return new PageCache.Render(page, java.util.Objects.equals(r.version(), version));
        });
        LOG.debug("page {} in {} ms{}", iri, (System.nanoTime() - t0) / 1_000_000, rendered[0] ? "" : " (kept)");
        Html.send(resp, 200, html);
    }

    /** A page found kept, or the scope to render it from, with the database version it belongs to. */
    private record Rendered(String version, byte[] html, Map<String, Object> scope) {}
}
