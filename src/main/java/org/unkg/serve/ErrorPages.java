package org.unkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of unkg's pages: an exception a page did not expect becomes a {@code 500} page in the
 * site's layout that says something went wrong and gives an incident number, never the exception's text
 * (Jena's parser messages, file paths, stack traces); the log has the whole trace under that number. A
 * query stopped by its timeout is a {@code 503} page saying so.
 */
final class ErrorPages implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final AtomicLong INCIDENTS = new AtomicLong();

    private final Templates templates;
    private final long timeoutMillis;

    ErrorPages(Templates templates, long timeoutMillis) {
        this.templates = templates;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (QueryCancelledException e) {
            answer((HttpServletResponse) response, 503, "Query timed out",
                    "Answering this page took longer than " + timeoutMillis / 1000 + " s and was stopped.");
        } catch (RuntimeException | ServletException e) {
            long incident = INCIDENTS.incrementAndGet();
            LOG.error("incident {}: {} {} failed", incident, ((HttpServletRequest) request).getMethod(),
                    ((HttpServletRequest) request).getRequestURI(), e);
            answer((HttpServletResponse) response, 500, "Something went wrong",
                    "The server could not answer this request (incident " + incident + ", logged).");
        }
    }

    private void answer(HttpServletResponse resp, int status, String title, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        Html.error(templates, resp, status, title, message);
    }
}
