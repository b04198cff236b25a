package io.griddle.test;

import io.griddle.gateway.HttpMessage;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads the region a {@link HttpMessage.ResponseFile} names, as a host without {@code sendfile} sends it. */
final class FileRegions {

    private FileRegions() {}

    static void read(HttpMessage.ResponseFile file, ByteArrayOutputStream into) throws IOException {
        try (FileChannel channel = FileChannel.open(file.path())) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(file.count(), 64 * 1024));
            long position = file.position();
            long remaining = file.count();
            while (remaining > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new EOFException("the file " + file.path() + " ended before the region it was to send");
                }
                into.write(buffer.array(), 0, read);
                position += read;
                remaining -= read;
            }
        }
    }
}
