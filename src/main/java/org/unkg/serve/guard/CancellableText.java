package org.unkg.serve.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * The text a user's regular expression runs over, as a {@link CharSequence} that stops the match when the
 * query is cancelled (its timeout went off) or the thread is interrupted. {@link java.util.regex.Pattern}
 * reads every character through {@link #charAt}, so even a catastrophically backtracking pattern checks
 * the signal every few thousand steps and ends with a {@link QueryCancelledException} soon after the
 * query's timeout.
 */
final class CancellableText implements CharSequence {
    /** How many character reads between two looks at the cancel signal. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    /**
     * @param text      the string matched
     * @param cancelled the query's cancel signal; null when the caller has none (then only interrupts stop it)
     */
    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if ((cancelled != null && cancelled.get()) || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
