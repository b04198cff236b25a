package io.griddle.middleware;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.web.GatewayMiddleware;
import java.util.concurrent.CompletionStage;
import java.util.zip.Deflater;

/**
 * Compresses response bodies with gzip when the client accepts it, as Starlette's {@code GZipMiddleware}: bodies
 * under {@code minimumSize} bytes (500 by default) and responses that set {@code Content-Encoding} or are
 * {@code text/event-stream} go out as they are; a whole body is compressed at once (with its new
 * {@code Content-Length}); a streamed body is compressed chunk by chunk, each chunk flushed so that the client gets
 * it when the application sent it. Every response of at least the minimum size gets {@code Vary: Accept-Encoding}.
 * Compression level 9 by default, as Starlette's.
 *
 * <pre>{@code
 * app.wrap(GZip.builder().minimumSize(1000).compressLevel(5).build());
 * }</pre>
 */
public final class GZip implements GatewayMiddleware {

    private final int minimumSize;
    private final int level;
    // Whole bodies are compressed on the thread that sends them (an event loop): one deflater each, reset after use.
    private final ThreadLocal<Deflater> deflaters;

    private GZip(Builder builder) {
        this.minimumSize = builder.minimumSize;
        this.level = builder.level;
        this.deflaters = ThreadLocal.withInitial(() -> new Deflater(level, true));
    }

    /** A builder with Starlette's defaults: minimum size 500, level 9. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Gateway wrap(Gateway next) {
        return (scope, receive, send) -> {
            if (!(scope instanceof HttpScope http)) {
                return next.call(scope, receive, send);
            }
            String accepted = http.headers().get("accept-encoding");
            boolean gzip = accepted != null && accepted.contains("gzip");
            GZipSend compressing = new GZipSend(send, gzip, minimumSize, this);
            CompletionStage<Void> call = next.call(scope, receive, compressing);
            if (call.toCompletableFuture().isDone()) {
                compressing.close();
            } else {
                call.whenComplete((v, error) -> compressing.close()); // a stream that never ended frees its deflater
            }
            return call;
        };
    }

    /** This thread's deflater for whole bodies, reset. */
    Deflater wholeBodyDeflater() {
        Deflater deflater = deflaters.get();
        deflater.reset();
        return deflater;
    }

    /** A deflater of its own, for one streamed body. */
    Deflater streamDeflater() {
        return new Deflater(level, true);
    }

    /** Settings of {@link GZip}. */
    public static final class Builder {
        private int minimumSize = 500;
        private int level = 9;

        private Builder() {}

        /** Bodies smaller than this many bytes are not compressed (500 by default). */
        public Builder minimumSize(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("minimumSize is 0 or more bytes: " + bytes);
            }
            this.minimumSize = bytes;
            return this;
        }

        /** The compression level, 1 (fastest) to 9 (smallest, the default). */
        public Builder compressLevel(int level) {
            if (level < 1 || level > 9) {
                throw new IllegalArgumentException("compressLevel is 1 to 9: " + level);
            }
            this.level = level;
            return this;
        }

        public GZip build() {
            return new GZip(this);
        }
    }
}
