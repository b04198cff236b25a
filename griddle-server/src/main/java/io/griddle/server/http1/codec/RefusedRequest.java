package io.griddle.server.http1.codec;

/**
 * A request head the decoder refuses, with the reason the client is told in its 400 answer (e.g.
 * {@code Missing Host header}). Thrown inside Netty's decoder, which turns it into a failed message; the
 * connection reads it from the message's decoder result and answers 400 with the reason as its body.
 */
public final class RefusedRequest extends IllegalArgumentException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    RefusedRequest(String reason) {
        super(reason);
    }

    // Expected input, not a bug: no stack trace to fill.
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
