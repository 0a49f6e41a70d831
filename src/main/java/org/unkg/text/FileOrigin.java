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
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
    }
}
