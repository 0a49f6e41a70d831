package org.unkg.cli;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.unkg.store.Tdb;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that read a database {@code unkg build} made (a picocli mixin). */
final class BuiltDatabase {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database built by 'unkg build'.")
    Path db;

    /** The database directory. */
    Path dir() {
        return db;
    }

    /** The database, opened (the caller closes it). */
    Dataset open() {
        return Tdb.open(db);
    }
}
