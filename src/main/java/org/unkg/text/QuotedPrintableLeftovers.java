package org.unkg.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the quoted-printable escapes a letter keeps when it was copied out of an e-mail without decoding it
 * ("Sa=FAl Weisleder", "Uni=E3o Nacional", "Fran=C3=A7ois"), keeping offsets: a run of {@code =XX} escapes (upper-case
 * hexadecimal) becomes its characters when a letter stands on one side of the run and the run decodes to letters only,
 * as UTF-8 when its bytes form UTF-8, else as ISO 8859-1. Anything else with an equals sign ("1 USD=0.95 EUR",
 * "=AB" for a guillemet) is left as written.
 */
public final class QuotedPrintableLeftovers {
    private QuotedPrintableLeftovers() {
    }

    /** {@code in} with its escapes decoded; {@code in} itself when it holds none. */
    public static OffsetText decode(OffsetText in) {
        String s = in.text();
        int eq = s.indexOf('=');
        if (eq < 0) {
            return in;
        }
        OffsetTextBuilder out = null;
        int copied = 0;
        while (eq >= 0) {
            int end = eq;
            while (isEscape(s, end)) {
                end += 3;
            }
            String decoded = end > eq ? decodeRun(s, eq, end) : null;
            if (decoded != null && (letterAt(s, eq - 1) || letterAt(s, end))) {
                if (out == null) {
                    out = new OffsetTextBuilder(s.length());
                }
                for (int k = copied; k < eq; k++) {
                    out.append(s.charAt(k), in.sourceOffset(k));
                }
                out.append(decoded, in.sourceOffset(eq));
                copied = end;
            }
            eq = s.indexOf('=', Math.max(end, eq + 1));
        }
        if (out == null) {
            return in;
        }
        for (int k = copied; k < s.length(); k++) {
            out.append(s.charAt(k), in.sourceOffset(k));
        }
        return out.build(in.sourceOffset(s.length()));
    }

    private static boolean isEscape(String s, int at) {
        return at + 2 < s.length() && s.charAt(at) == '=' && isHex(s.charAt(at + 1)) && isHex(s.charAt(at + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }

    private static boolean letterAt(String s, int at) {
        return at >= 0 && at < s.length() && Character.isLetter(s.charAt(at));
    }

    /** The run's characters when they are letters only (UTF-8 first, then ISO 8859-1); else null. */
    private static String decodeRun(String s, int start, int end) {
        byte[] bytes = new byte[(end - start) / 3];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(s.substring(start + 3 * i + 1, start + 3 * i + 3), 16);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.codePoints().allMatch(Character::isLetter) ? text : null;
    }
}
