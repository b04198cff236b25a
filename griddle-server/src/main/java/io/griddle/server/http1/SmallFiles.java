package io.griddle.server.http1;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Small files are read whole and sent with the response head in one write: for a 1 KiB file that is one
 * {@code writev} instead of a write and a {@code sendfile}, and no file region to track (the static-file benchmark
 * measured it). Larger files keep the zero-copy path.
 */
final class SmallFiles {

    /** The largest region read into memory instead of sent from the file. */
    static final long LIMIT = 16 * 1024;

    private SmallFiles() {}

    static boolean small(long count) {
        return count > 0 && count <= LIMIT;
    }

    /** The region's bytes in a pooled buffer; the caller owns it. Fails when the file is shorter than the region. */
    static ByteBuf read(FileChannel file, long position, int count, ByteBufAllocator alloc) throws IOException {
        ByteBuf bytes = alloc.ioBuffer(count);
        try {
            while (bytes.writerIndex() < count) {
                int read = bytes.writeBytes(file, position + bytes.writerIndex(), count - bytes.writerIndex());
                if (read < 0) {
                    throw new EOFException("the file ended before the region it was to send");
                }
            }
            return bytes;
        } catch (IOException | RuntimeException failed) {
            bytes.release();
            throw failed;
        }
    }
}
