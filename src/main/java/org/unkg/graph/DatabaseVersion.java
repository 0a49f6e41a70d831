package org.unkg.graph;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the data a read transaction sees: the TDB2 storage in use (a compaction or a switch to a
 * new generation replaces it) and its data version (every committed write raises it). Two reads that get
 * the same version see the same data, so what was rendered or read from one serves the other.
 */
public final class DatabaseVersion {
    private DatabaseVersion() {}

    /**
     * The storage and data version seen by a read transaction: {@code storage} is the TDB2 storage object itself (kept
     * by identity, so what was read from one database is never taken for another's).
     */
    public record Seen(DatasetGraphTDB storage, long dataVersion) {}

    /**
     * The storage and data version seen by the calling thread's transaction on {@code ds}, or {@code null} for a
     * dataset that is not TDB2 (an in-memory one in tests) or outside a transaction.
     */
    public static Seen seen(Dataset ds) {
        DatasetGraphTDB tdb;
        try {
            tdb = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
        } catch (RuntimeException e) {
            return null;
        }
        if (tdb == null) {
            return null;
        }
        Transaction txn = tdb.getTxnSystem().getThreadTransaction();
        return txn == null ? null : new Seen(tdb, txn.getDataVersion());
    }

    /**
     * The version seen by the calling thread's transaction on {@code ds} as a string; a dataset that is not TDB2 has
     * no version and gives {@code null}: nothing rendered from it is reused.
     */
    public static String current(Dataset ds) {
        Seen seen = seen(ds);
        return seen == null ? null : Integer.toHexString(System.identityHashCode(seen.storage())) + ":" + seen.dataVersion();
    }
}
