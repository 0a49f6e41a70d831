package org.unkg.serve;

import org.apache.jena.query.Dataset;

/** What the page servlets share: the dataset, the templates, the query library and the limits. */
record ServeContext(Dataset dataset, Templates templates, DocumentedQueries queries, long timeoutMillis, int resultCap) {
    GraphReader reader() {
        return new GraphReader(dataset);
    }
}
