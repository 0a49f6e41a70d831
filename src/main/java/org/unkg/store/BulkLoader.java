package org.unkg.store;

import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

/**
 * The bulk loaders a build can write its new database with, by name: unkg's own {@code sorted} ({@link SortedLoader}:
 * node ids as the quads stream, then each index packed bottom-up from sorted runs of tuples, as {@code tdb2.xloader}
 * does; for a new database only; {@code build}'s default: on the idle 20,000 letters it built in 102.9 s where
 * {@code phased} took 116.5 s), and TDB2's ({@code tdb2.tdbloader --loader=...}): {@code parallel} (every index built
 * at once on its own threads: fastest with cores to spare), {@code phased} (the node table and primary indexes, then
 * the others: 5-13% less CPU than parallel on two cores), {@code light} (fewer threads), {@code sequential} (one index
 * at a time, least memory).
 */
public enum BulkLoader {
    PARALLEL, PHASED, LIGHT, SEQUENTIAL, SORTED;

    /** A loader of this kind writing into {@code dsg} (a TDB2 database), reporting progress to {@code output}. */
    public DataLoader create(DatasetGraph dsg, MonitorOutput output) {
        return switch (this) {
            case PARALLEL -> LoaderFactory.createLoader(LoaderPlans.loaderPlanParallel, dsg, output);
            case PHASED -> LoaderFactory.createLoader(LoaderPlans.loaderPlanPhased, dsg, output);
            case LIGHT -> LoaderFactory.createLoader(LoaderPlans.loaderPlanLight, dsg, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, output);
            case SORTED -> new SortedLoader(dsg, output);
        };
    }

    /** The loader of a name ({@code parallel}, {@code phased}, {@code light}, {@code sequential}, {@code sorted}). */
    public static BulkLoader of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown loader '" + name + "': parallel, phased, light, sequential or sorted");
        }
    }
}
