package org.unkg.graph;

/** A letter whose facts would put an invalid IRI into the graph; the message names the file and the IRI. */
public final class InvalidIriException extends RuntimeException {
    public InvalidIriException(String message) {
        super(message);
    }
}
