package org.unkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** Opens unkg's TDB2 databases, with the default graph the union of all named graphs (letters, catalog, ontology). */
public final class Tdb {
    private Tdb() {}

    /** Opens an existing database; fails with a clear message when {@code dir} holds none. */
    public static Dataset open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no database at " + dir + ": run 'unkg build --db " + dir + "' first");
        }
        Dataset ds = TDB2Factory.connectDataset(dir.toAbsolutePath().toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    /** Creates (or connects to) a database at {@code dir}. */
    static Dataset create(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toAbsolutePath().toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }
}
