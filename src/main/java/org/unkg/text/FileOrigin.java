package org.unkg.text;

import java.util.Objects;

/**
 * The file a letter was read from, as the graph records it: its media type ({@code application/pdf},
 * {@code text/plain}, ...) and the SHA-256 of its bytes (lower-case hex), so the original can be served
 * and checked against what was read.
 */
public record FileOrigin(String mediaType, String sha256) {
    public FileOrigin {
        Objects.requireNonNull(mediaType);
        if (!lowerHex64(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
    }

    /** Whether {@code s} is 64 lower-case hex digits ({@code [0-9a-f]{64}}, tested without compiling it per letter). */
    private static boolean lowerHex64(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
