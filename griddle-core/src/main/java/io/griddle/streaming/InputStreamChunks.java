package io.griddle.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** An input stream read as chunks of up to 64 KiB, for a body pulled on the blocking executor. */
final class InputStreamChunks implements Iterator<byte[]> {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private byte[] next;
    private boolean ended;

    InputStreamChunks(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            try {
                byte[] chunk = in.readNBytes(CHUNK);
                if (chunk.length == 0) {
                    ended = true;
                } else {
                    next = chunk;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public byte[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        byte[] chunk = next;
        next = null;
        return chunk;
    }
}
