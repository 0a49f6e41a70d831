package org.unkg.store;

/** An expected problem with a database (missing, locked, unwritable), with a message for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
