package org.unkg.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.apache.jena.query.QueryParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.store.StoreException;
import picocli.CommandLine;

/**
 * Prints expected user errors (a missing directory, a bad query, an unreadable database) as one clear
 * line without a stack trace; anything else is a bug and keeps its trace.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UserErrors.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message;
        if (e instanceof NoSuchFileException nsf) {
            message = "file or directory not found: " + nsf.getFile();
        } else if (e instanceof StoreException || e instanceof QueryParseException || e instanceof IOException
                || e instanceof IllegalArgumentException
                || e instanceof org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException) {
            message = e.getMessage();
        } else {
            LOG.error("unexpected failure", e);
            return 70;
        }
        cmd.getErr().println("unkg " + cmd.getCommandName() + ": " + message);
        return 2;
    }
}
