package org.unkg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Turns any string (a letter's file name, a document symbol) into one safe path segment of an IRI. A name
 * made only of what an IRI path may hold (RFC 3987 {@code ipchar}: letters and digits of any script,
 * {@code -._~}, {@code !$&'()*+,;=:@}) is kept as it is, so the usual {@code S-2005-323} or
 * {@code letter_2004_17} are unchanged. Any other name becomes a slug: each run of other characters
 * (space, {@code "<>\^`{|}}, {@code %?#/[]}, controls, bidirectional marks, non-characters) turns into
 * {@code -}, and {@code ~} plus eight hex digits of the SHA-256 of the name follow, so two names never
 * share a segment ({@code name with spaces} → {@code name-with-spaces~78162a09}). The slug holds no
 * {@code %}: its page is a plain path ({@code /page/letter/...}), which Jetty would refuse with a
 * percent-encoded {@code %}. The name is put in NFC first, so the segment is stable across file systems.
 */
public final class IriSegment {
    private static final String KEPT_ASCII = "-._~!$&'()*+,;=:@";

    private IriSegment() {}

    /** The segment for {@code name}. */
    public static String of(String name) {
        if (plainAscii(name)) {
            return name; // ASCII is its own NFC, and every character is kept: what the general path gives, quicker
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (nfc.isEmpty() || nfc.codePoints().allMatch(IriSegment::kept) && !nfc.equals(".") && !nfc.equals("..")) {
            return nfc;
        }
        StringBuilder out = new StringBuilder(nfc.length() + 9);
        boolean dash = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (kept(cp) && cp != '~') {
                out.appendCodePoint(cp);
                dash = false;
            } else if (!dash) {
                out.append('-');
                dash = true;
            }
        }
        return out.append('~').append(hash(nfc)).toString();
    }

    /**
     * The path for a relative name whose parts are separated by {@code /} (a letter read from a sub-folder,
     * {@code 2024/a}): each part made a segment by {@link #of}, so the folders stay folders in the IRI.
     */
    public static String path(String name) {
        if (name.indexOf('/') < 0) {
            return of(name);
        }
        StringBuilder out = new StringBuilder(name.length() + 9);
        for (String part : name.split("/", -1)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(of(part));
        }
        return out.toString();
    }

    /** Whether {@code name} is a non-empty segment of kept ASCII characters other than {@code .} and {@code ..}. */
    private static boolean plainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || !kept(c)) {
                return false;
            }
        }
        return !name.isEmpty() && !name.equals(".") && !name.equals("..");
    }

    /** Whether an IRI path segment may hold the code point as it is. */
    static boolean kept(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || KEPT_ASCII.indexOf(cp) >= 0;
        }
        int type = Character.getType(cp);
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT || type == Character.CONTROL
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            return false;
        }
        // RFC 3987 ucschar: A0-D7FF, F900-FDCF, FDF0-FFEF, and each plane up to xFFFD (not xFFFE/xFFFF)
        if (cp <= 0xD7FF) {
            return true;
        }
        if (cp < 0x10000) {
            return (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFEF);
        }
        return (cp & 0xFFFF) <= 0xFFFD && cp <= 0xEFFFD;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
