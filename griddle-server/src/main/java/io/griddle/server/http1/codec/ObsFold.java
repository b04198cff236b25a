package io.griddle.server.http1.codec;

import io.netty.buffer.ByteBuf;

/**
 * Finds obsolete line folding (RFC 9112 §5.2): a header line that starts with a space or HTAB, continuing the field
 * before it. Netty's decoder joins such a line to the field before it; Griddle refuses it instead (400), because a
 * front end that reads the folded line as a field of its own ({@code X-A: a\r\n Content-Length: 36}) would disagree
 * with Griddle about the request, and the difference is where requests are smuggled.
 */
final class ObsFold {

    private ObsFold() {}

    /**
     * Whether a line of the head bytes {@code [from, to)} of the buffer, which start at a line's start (Netty's
     * decoder consumes whole header lines), begins with a space or HTAB. Reads without moving the buffer's indices.
     */
    static boolean in(ByteBuf head, int from, int to) {
        for (int lineStart = from; lineStart < to; ) {
            byte first = head.getByte(lineStart);
            if (first == ' ' || first == '\t') {
                return true;
            }
            int lineFeed = head.indexOf(lineStart, to, (byte) '\n');
            if (lineFeed < 0) {
                return false;
            }
            lineStart = lineFeed + 1;
        }
        return false;
    }
}
