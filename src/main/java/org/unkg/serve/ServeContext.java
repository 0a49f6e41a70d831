package org.unkg.serve;

import org.apache.jena.query.Dataset;
import org.unkg.serve.guard.ServicePolicy;

/**
 * What the page servlets share: the dataset, the templates, the query library, the limits, the SERVICE policy
 * and the rendered pages kept for reuse.
 */
record ServeContext(Dataset dataset, Templates templates, DocumentedQueries queries, long timeoutMillis, int resultCap,
                    ServicePolicy services, PageCache pages) {
    /** Bytes of rendered pages kept for reuse (a body's page is some 10-100 KB). */
    static final long PAGE_CACHE_BYTES = 64L << 20;

    ServeContext(Dataset dataset, Templates templates, DocumentedQueries queries, long timeoutMillis, int resultCap,
                 ServicePolicy services) {
        this(dataset, templates, queries, timeoutMillis, resultCap, services, new PageCache(PAGE_CACHE_BYTES));
    }

    GraphReader reader() {
        return new GraphReader(dataset);
    }
}
