package org.unkg.store;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unkg.text.LetterReadException;

/**
 * Runs the work on one letter (reading and extraction) on a worker thread under a time budget. A letter
 * that overruns is reported as a {@link LetterReadException} naming the file and the budget, and the build
 * goes on with the next letter on a fresh worker; the overrunning thread is interrupted and left to end on
 * its own (Java cannot stop it), as a daemon that does not keep the build's JVM alive.
 */
final class LetterBudget implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LetterBudget.class);

    private final long millis;
    private ExecutorService worker = newWorker();

    LetterBudget(long millis) {
        this.millis = millis;
    }

    /** The work's result; its checked {@link LetterReadException} and runtime failures pass through. */
    <T> T run(Path file, Callable<T> work) throws LetterReadException {
        Future<T> f = worker.submit(work);
        try {
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            LOG.debug("{} overran its budget; its worker was abandoned", file);
            throw new LetterReadException(file, "took longer than " + millis / 1000 + " s to read and extract, skipped"
                    + " (pass --letter-timeout to allow more)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new StoreException("build interrupted while reading " + file.getFileName());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LetterReadException lre) {
                throw lre;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new LetterReadException(file, "ran out of memory while being read and extracted, skipped");
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "unkg-letter");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
