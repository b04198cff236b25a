package io.griddle.server.http1;

import io.griddle.gateway.Gateway;
import io.griddle.server.http1.codec.Http1Codec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import java.nio.charset.StandardCharsets;

/** An HTTP/1.1 connection of Griddle's on Netty's {@link EmbeddedChannel}: bytes in, the answer's bytes out. */
final class EmbeddedConnection implements AutoCloseable {

    final EmbeddedChannel channel;

    EmbeddedConnection(ConnectionSettings settings) {
        channel = new EmbeddedChannel(new Http1Codec(new HttpDecoderConfig()), new HttpConnection(settings));
    }

    EmbeddedConnection(Gateway app) {
        this(ConnectionSettings.builder(app, ConnectionTracker.NONE)
                .dateHeader(false)
                .build());
    }

    /** Writes the text as one read of the socket and runs what it scheduled. */
    void send(String raw) {
        channel.writeInbound(Unpooled.copiedBuffer(raw, StandardCharsets.ISO_8859_1));
        channel.runPendingTasks();
    }

    /** Everything written out since the last call, as text. */
    String received() {
        channel.runPendingTasks();
        StringBuilder text = new StringBuilder();
        for (Object out; (out = channel.readOutbound()) != null; ) {
            ByteBuf bytes = (ByteBuf) out;
            text.append(bytes.toString(StandardCharsets.ISO_8859_1));
            bytes.release();
        }
        return text.toString();
    }

    @Override
    public void close() {
        channel.finishAndReleaseAll();
    }
}
