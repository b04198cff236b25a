package io.griddle.server.websocket;

import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;

/** The close code for what went wrong on an open WebSocket (RFC 6455 section 7.4.1). */
final class CloseCodes {

    static final int NORMAL = 1000;
    static final int GOING_AWAY = 1001;
    static final int PROTOCOL_ERROR = 1002;
    static final int NO_STATUS = 1005;
    static final int ABNORMAL = 1006;
    static final int INVALID_PAYLOAD = 1007;
    static final int MESSAGE_TOO_BIG = 1009;
    static final int INTERNAL_ERROR = 1011;

    private CloseCodes() {}

    /**
     * The code for an error from the frame pipeline: the decoder's own (1002, 1009),
     * 1009 for a message that grew too big while reassembled or decompressed, 1002 for other bad input; 0 for an
     * error that is not about the frames (an I/O error).
     */
    static int of(Throwable error) {
        if (error instanceof CorruptedWebSocketFrameException corrupted) {
            return corrupted.closeStatus().code();
        }
        if (error instanceof TooLongFrameException) {
            return MESSAGE_TOO_BIG;
        }
        if (error instanceof DecompressionException) { // corrupt data, or the inflater's cap (--ws-max-size)
            return error.getCause() instanceof java.util.zip.DataFormatException ? PROTOCOL_ERROR : MESSAGE_TOO_BIG;
        }
        if (error instanceof io.netty.handler.codec.CodecException) {
            return PROTOCOL_ERROR;
        }
        return 0; // not about the frames (a reset connection): it just closes, and the application hears 1006
    }

    /** Whether the error came from the frame pipeline and was already answered with a close frame there. */
    static boolean answeredByCodec(Throwable error) {
        return error instanceof CorruptedWebSocketFrameException;
    }
}
