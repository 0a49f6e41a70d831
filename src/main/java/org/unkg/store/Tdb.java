package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** Opens unkg's TDB2 databases, with the default graph the union of all named graphs (letters, catalog, ontology). */
public final class Tdb {
    private Tdb() {}

    /**
     * Opens an existing database, after finishing or rolling back a build that was interrupted while it
     * switched the database ({@link DatabaseSwap#recover}); fails with one clear line when {@code dir} holds
     * none, or when another process (a running {@code serve}) holds it.
     */
    public static Dataset open(Path dir) {
        try {
            DatabaseSwap.recover(dir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new StoreException("cannot recover the database at " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no database at " + dir + ": run 'unkg build --db " + dir + "' first");
        }
        DatabaseHolder.refuseIfHeld(dir);
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toAbsolutePath().toString());
        } catch (DBOpEnvException e) {
            throw new StoreException(DatabaseHolder.of(dir).map(h -> h.describe(dir))
                    .orElse("cannot open the database at " + dir + ": " + e.getMessage()), e);
        }
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
