package org.unkg.serve;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the data a read transaction sees: the TDB2 storage in use (a compaction or a switch to a
 * new generation replaces it) and its data version (every committed write raises it). Two reads that get
 * the same version see the same data, so what was rendered from one serves the other.
 */
final class DatabaseVersion {
    private DatabaseVersion() {}

    /**
     * The version seen by the calling thread's transaction on {@code ds}; a dataset that is not TDB2 (an
     * in-memory one in tests) has no version and gives {@code null}: nothing rendered from it is reused.
     */
    static String current(Dataset ds) {
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
        if (txn == null) {
            return null;
        }
        return Integer.toHexString(System.identityHashCode(tdb)) + ":" + txn.getDataVersion();
    }
}
