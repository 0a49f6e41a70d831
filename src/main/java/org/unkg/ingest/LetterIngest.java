package org.unkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.LongAdder;
import org.unkg.text.FileOrigin;
import org.unkg.text.LetterReadException;
import org.unkg.text.LetterReader;
import org.unkg.text.LetterText;

/**
 * Reads a letter file of any registered format into a {@link LetterText}: the format's
 * {@link TextExtractor} takes the text out, the text layer ({@link LetterReader}) detects the layout and
 * repairs it exactly as for a text file, and the letter keeps its origin (media type, SHA-256 of the
 * file's bytes). Counts the time spent in each of the two steps, for the benchmark.
 */
public final class LetterIngest {
    private final LetterFormats formats;
    private final LetterReader reader;
    private final LongAdder extractNanos = new LongAdder();
    private final LongAdder textNanos = new LongAdder();

    public LetterIngest(LetterFormats formats, LetterReader reader) {
        this.formats = formats;
        this.reader = reader;
    }

    /** The formats this reader knows. */
    public LetterFormats formats() {
        return formats;
    }

    /** Reads {@code source}; the exception names the file (relative to the letters folder) and the problem. */
    public LetterText read(LetterSource source) throws LetterReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.file());
        } catch (IOException e) {
            throw new LetterReadException(source.name(), "cannot be read (" + e.getMessage() + ")");
        }
        return read(source.name(), source.format(), bytes);
    }

    /** Reads a letter of {@code format} given as bytes, named {@code name}. */
    public LetterText read(String name, LetterFormat format, byte[] bytes) throws LetterReadException {
        long t0 = System.nanoTime();
        String text;
        try {
            text = formats.extractor(format).extract(name, bytes);
        } finally {
            extractNanos.add(System.nanoTime() - t0);
        }
        long t1 = System.nanoTime();
        try {
            LetterText letter = reader.readText(name, text);
            return letter.withOrigin(new FileOrigin(format.mediaType(), sha256(bytes)));
        } finally {
            textNanos.add(System.nanoTime() - t1);
        }
    }

    /** Nanoseconds spent taking text out of files (PDF and Word parsing, UTF-8 decoding) so far. */
    public long extractNanos() {
        return extractNanos.sum();
    }

    /** Nanoseconds spent in the text layer (layout detection, repair, normalisation) so far. */
    public long textNanos() {
        return textNanos.sum();
    }

    /** The SHA-256 of a file's bytes in lower-case hex, read as a stream. */
    public static String sha256(java.nio.file.Path file) throws IOException {
        try (java.security.DigestInputStream in = new java.security.DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(SHA256.get().digest(bytes));
    }

    /**
     * Each thread's SHA-256 digest: looking one up ({@link MessageDigest#getInstance}: the security providers asked
     * each time) cost as much as hashing a letter; {@link MessageDigest#digest(byte[])} leaves it reset for the next.
     */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    });
}
