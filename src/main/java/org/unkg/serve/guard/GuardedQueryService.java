package org.unkg.serve.guard;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Fuseki's SPARQL query operation for the served dataset, with the query checked against the
 * {@link ServicePolicy} before it runs: a refused {@code SERVICE} is a {@code 400 Bad Request} whose text
 * says why. Regular expressions are bounded by the dataset's optimiser ({@link RegexRewrite}), the
 * timeout by the dataset's context. Results cut by the timeout after they began to stream end with
 * Fuseki's "Incomplete results" lines and then a broken transfer (the chunked body never ends), so an
 * HTTP client reports an error instead of a silently short file.
 */
public final class GuardedQueryService extends SPARQL_QueryDataset {
    private static final byte[] INCOMPLETE = "\n# Incomplete results: the query was cut by its timeout\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private final ServicePolicy services;

    public GuardedQueryService(ServicePolicy services) {
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            services.check(query);
        } catch (ServicePolicy.RefusedQueryException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        super.sendResults(action, result, prologue);
        // Fuseki records an error status (400 in Jena 5.6) when the query is cancelled after the 200 went out; a
        // cut before anything went out is an ordinary error answer (its status is on the wire), left as it is
        if (action.statusCode >= 400 && action.getResponse().isCommitted() && action.getResponse().getStatus() < 400) {
            // end the body with a marker of our own (Fuseki writes its "Incomplete results" lines only when the
            // cancellation reaches its writer) and send it before breaking the transfer: an abort drops the bytes
            // still buffered
            try {
                action.getResponseOutputStream().write(INCOMPLETE);
            } catch (java.io.IOException | RuntimeException e) {
                // the client is gone, or the writer holds the stream: what Fuseki wrote is flushed below
            }
            try {
                action.getResponse().flushBuffer();
            } catch (java.io.IOException e) {
                // the client is gone: nothing left to send
            }
            ServletContextRequest.getServletContextRequest(action.getRequest()).getServletChannel()
                    .abort(new QueryCancelledException());
        }
    }
}
