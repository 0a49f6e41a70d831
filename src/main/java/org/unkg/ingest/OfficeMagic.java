package org.unkg.ingest;

/** The first bytes that tell Word file containers apart: a zip archive (.docx) or an OLE2 compound file (.doc, encrypted .docx). */
final class OfficeMagic {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private OfficeMagic() {}

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP);
    }

    static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, OLE2);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
