package org.unkg.store;

import java.util.Arrays;
import org.apache.thrift.TConfiguration;
import org.apache.thrift.transport.TTransport;

/**
 * A write-only Thrift transport into a growable array of bytes: a node's RDF Thrift term is written here first and then
 * appended to the node table's objects file in one write, instead of the byte-at-a-time writes of Thrift's compact
 * protocol each going through the objects file's transaction checks. The bytes are those the file would get.
 */
final class TermBytes extends TTransport {
    private byte[] bytes = new byte[256];
    private int length;

    /** The bytes written since the last {@link #reset}: the first {@link #length} of this array. */
    byte[] bytes() {
        return bytes;
    }

    /** The number of bytes written since the last {@link #reset}. */
    int length() {
        return length;
    }

    /** Forgets the bytes written. */
    void reset() {
        length = 0;
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        if (length + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + len));
        }
        System.arraycopy(buf, off, bytes, length, len);
        length += len;
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void open() {}

    @Override
    public void close() {}

    @Override
    public int read(byte[] buf, int off, int len) {
        throw new UnsupportedOperationException("a term's bytes are only written");
    }

    @Override
    public TConfiguration getConfiguration() {
        return TConfiguration.DEFAULT;
    }

    @Override
    public void updateKnownMessageSize(long size) {}

    @Override
    public void checkReadBytesAvailable(long numBytes) {}
}
