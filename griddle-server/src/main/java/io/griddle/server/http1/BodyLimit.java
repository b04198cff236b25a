package io.griddle.server.http1;

import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * The request body limit on one connection: an announced length over it is refused before the body is sent
 * (413, no {@code 100 Continue}); a chunked body is counted as it arrives (that of the last head read) and dropped
 * once it crosses the limit.
 */
final class BodyLimit {

    private final long maxBodySize;
    private long arriving;
    private boolean crossed;

    BodyLimit(ConnectionSettings settings) {
        this.maxBodySize = settings.maxBodySize();
    }

    /** Whether a body of the length is within the limit. */
    boolean allows(long length) {
        return maxBodySize <= 0 || length <= maxBodySize;
    }

    /**
     * Whether a body of a length within the limit is announced, and the client sends it without waiting for a
     * {@code 100 Continue}. (A longer one is refused when the request starts, which must not wait for the body.)
     */
    boolean bodyFollows(HttpRequest request) {
        long length = HttpUtil.getContentLength(request, -1L);
        return length > 0 && allows(length) && !HttpUtil.is100ContinueExpected(request);
    }

    /** A new request head was read: its body is counted from zero. */
    void headArrived() {
        arriving = 0;
        crossed = false;
    }

    /** Counts a chunk of the arriving body; false once the body has crossed the limit. */
    boolean admit(int bytes) {
        arriving += bytes;
        return !crossed && allows(arriving);
    }

    /** Marks the arriving body as over the limit; true only the first time. */
    boolean cross() {
        if (crossed) {
            return false;
        }
        crossed = true;
        return true;
    }
}
