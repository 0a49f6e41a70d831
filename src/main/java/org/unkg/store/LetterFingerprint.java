package org.unkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the names and contents of a build's letter files, in order: equal fingerprints mean the
 * same letters, so a database built from them need not be rebuilt ({@code build --if-changed}).
 */
final class LetterFingerprint {
    private LetterFingerprint() {}

    static String of(List<Path> files) throws IOException {
        MessageDigest all = sha256();
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            all.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            MessageDigest one = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), one)) {
                while (in.read(buf) >= 0) {
                    // digesting
                }
            }
            all.update(one.digest());
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** The same fingerprint from each file's SHA-256 in hex, already computed (by {@code build --update}). */
    static String of(List<Path> files, java.util.function.Function<Path, String> hexDigest) {
        MessageDigest all = sha256();
        for (Path f : files) {
            all.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(HexFormat.of().parseHex(hexDigest.apply(f)));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
