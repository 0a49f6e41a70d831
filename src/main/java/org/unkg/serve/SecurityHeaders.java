package org.unkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer of the server, Fuseki's included: no framing by other sites (clickjacking:
 * {@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}), no MIME sniffing, no referrer sent
 * to other sites. Pages that need more set a full Content-Security-Policy of their own, which always
 * keeps {@code frame-ancestors 'none'} ({@link #PAGE_POLICY}, {@link #FUSEKI_UI_POLICY}).
 */
final class SecurityHeaders implements Filter {
    /** The baseline policy of answers that set none: no framing. */
    static final String BASELINE_POLICY = "frame-ancestors 'none'";
    /** unkg's own pages: everything from the server itself, no inline script or style. */
    static final String PAGE_POLICY = "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    /**
     * The Fuseki UI (a Vue application): its scripts and styles from the server, the inline styles the
     * application and unkg's link bar set, calls to the server only.
     */
    static final String FUSEKI_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", BASELINE_POLICY);
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
