package io.griddle.gateway;

import java.nio.ByteBuffer;

/**
 * A piece of a request body. A server may hand out a view of its own pooled memory: the reader must call
 * {@link #release()} once it has consumed (copied or parsed) the bytes, and must not touch the buffer afterwards.
 */
public interface Chunk {

    /** The bytes, from position to limit. */
    ByteBuffer buffer();

    /** Gives the memory back to the server. Idempotent. */
    void release();

    /** The number of readable bytes. */
    default int size() {
        return buffer().remaining();
    }

    /** A chunk over heap bytes that needs no release. */
    static Chunk of(byte[] bytes) {
        return of(ByteBuffer.wrap(bytes));
    }

    /** A chunk over a buffer that needs no release. */
    static Chunk of(ByteBuffer buffer) {
        return new Chunk() {
            @Override
            public ByteBuffer buffer() {
                return buffer;
            }

            @Override
            public void release() {}
        };
    }

    /** An empty chunk. */
    Chunk EMPTY = of(new byte[0]);
}
