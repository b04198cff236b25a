package io.griddle.server.http1;

import io.griddle.gateway.Chunk;
import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;

/** A request-body chunk backed by Netty's (possibly pooled) buffer: a view, no copy, released by the reader. */
final class NettyChunk implements Chunk {

    private final ByteBuf content;
    private final ByteBuffer view;
    private boolean released;

    NettyChunk(ByteBuf content) {
        this.content = content;
        this.view = content.nioBuffer().asReadOnlyBuffer();
    }

    @Override
    public ByteBuffer buffer() {
        return view;
    }

    @Override
    public synchronized void release() {
        if (!released) {
            released = true;
            content.release();
        }
    }
}
