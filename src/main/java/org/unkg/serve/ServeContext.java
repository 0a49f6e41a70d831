package org.unkg.serve;

import org.apache.jena.query.Dataset;
import org.unkg.serve.guard.ServicePolicy;

/** What the page servlets share: the dataset, the templates, the query library, the limits and the SERVICE policy. */
record ServeContext(Dataset dataset, Templates templates, DocumentedQueries queries, long timeoutMillis, int resultCap,
                    ServicePolicy services) {
    GraphReader reader() {
        return new GraphReader(dataset);
    }
}
