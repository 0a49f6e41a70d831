package org.unkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What one letter may cost a build: its size on disk (checked before it is read, so a 200 MB file costs
 * nothing but a line in the report) and the time to read and extract it (a pathological file is reported
 * and skipped, never the whole build). Real letters are a few kilobytes and take well under a second.
 *
 * @param maxBytes     the largest letter file accepted
 * @param budgetMillis the time one letter may take to read and extract
 */
public record LetterLimits(long maxBytes, long budgetMillis) {
    /** 5 MB and 120 s. */
    public static final LetterLimits DEFAULT = new LetterLimits(5L * 1024 * 1024, 120_000);

    public LetterLimits {
        if (maxBytes <= 0 || budgetMillis <= 0) {
            throw new IllegalArgumentException("letter limits must be positive");
        }
    }

    /** The problem with a file's size, or null when it is within the limit. */
    public String sizeProblem(Path file) throws IOException {
        long size = Files.size(file);
        if (size <= maxBytes) {
            return null;
        }
        return "letter too large: " + human(size) + " > " + human(maxBytes) + ", split it or pass --max-letter-size";
    }

    /** A size as people write it: 200 MB, 5 MB, 512 kB. */
    static String human(long bytes) {
        if (bytes >= 1024L * 1024) {
            double mb = bytes / (1024.0 * 1024);
            return (mb >= 10 || mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f", mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " kB";
        }
        return bytes + " bytes";
    }

    /** Parses a size such as {@code 5MB}, {@code 512k}, {@code 2000000}. */
    public static long parseSize(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("K")) {
            unit = 1024;
        } else if (t.endsWith("M")) {
            unit = 1024L * 1024;
        } else if (t.endsWith("G")) {
            unit = 1024L * 1024 * 1024;
        }
        if (unit > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return Math.round(Double.parseDouble(t) * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use e.g. 5MB, 512KB)");
        }
    }
}
