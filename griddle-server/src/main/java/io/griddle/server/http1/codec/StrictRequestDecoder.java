package io.griddle.server.http1.codec;

import io.griddle.http.HostHeader;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;

/**
 * Netty's request decoder with the leniencies that let requests be smuggled or misread taken out. It refuses (and
 * the connection answers 400 and closes):
 * <ul>
 *   <li>a request line that is not exactly {@code method SP target SP HTTP/1.1|HTTP/1.0}, or whose target holds a
 *       control, DEL or non-ASCII byte ({@link RequestLine});</li>
 *   <li>a second {@code Host} or {@code Content-Length} field, on every version ({@link RequestHeaders});</li>
 *   <li>an HTTP/1.1 request without {@code Host}, and a {@code Host} that is not a host and port
 *       ({@link HostHeader}; RFC 9112 §3.2);</li>
 *   <li>both {@code Content-Length} and {@code Transfer-Encoding}: Netty would drop the length and go on;</li>
 *   <li>a header line folded onto the one before it (obs-fold, {@link ObsFold}): Netty would join the two.</li>
 * </ul>
 * A refusal is a {@link RefusedRequest} thrown inside the decoder, which Netty turns into a failed message.
 */
final class StrictRequestDecoder extends HttpRequestDecoder {

    // Where the request line's parts lie in the decoder's scratch array, kept until the third part is split.
    private int methodStart;
    private int methodLength;
    private int targetStart;
    private int targetLength;

    // The buffer the decoder is reading during decode, and where the part of the current head not yet scanned for
    // obs-fold starts in it (-1 outside a head); a head may span several reads.
    private ByteBuf decoding;
    private int headFrom = -1;
    private boolean folded;

    StrictRequestDecoder(HttpDecoderConfig config) {
        super(config.clone().setHeadersFactory(RequestHeaders.FACTORY));
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        decoding = in;
        if (headFrom >= 0) {
            headFrom = in.readerIndex(); // a head continued from the last read: its next line starts here
        }
        try {
            super.decode(ctx, in, out);
        } finally {
            if (headFrom >= 0) { // the head goes on in the next read: scan the lines consumed in this one
                folded |= ObsFold.in(in, headFrom, in.readerIndex());
            }
            decoding = null;
        }
    }

    @Override
    protected String splitFirstWordInitialLine(byte[] line, int start, int length) {
        methodStart = start;
        methodLength = length;
        return super.splitFirstWordInitialLine(line, start, length);
    }

    @Override
    protected String splitSecondWordInitialLine(byte[] line, int start, int length) {
        targetStart = start;
        targetLength = length;
        return super.splitSecondWordInitialLine(line, start, length);
    }

    // The last part split: the whole line is known, from index 0 to the version's end (Netty has refused a line
    // ending in whitespace or a control byte already). A line with fewer than three parts fails on its version.
    @Override
    protected String splitThirdWordInitialLine(byte[] line, int start, int length) {
        RequestLine.check(line, methodStart, methodLength, targetStart, targetLength, start, length);
        headFrom = decoding == null ? -1 : decoding.readerIndex(); // the request line is consumed: headers follow
        folded = false;
        return super.splitThirdWordInitialLine(line, start, length);
    }

    // Called once the head is complete (its headers read), before the body's framing is decided: the hook where
    // the head as a whole is checked.
    @Override
    protected boolean isContentAlwaysEmpty(HttpMessage message) {
        if (headFrom >= 0 && decoding != null) {
            folded |= ObsFold.in(decoding, headFrom, decoding.readerIndex()); // the head's end is consumed
        }
        headFrom = -1;
        if (folded) {
            throw new RefusedRequest("Obsolete line folding in a header");
        }
        String host = message.headers() instanceof RequestHeaders headers
                ? headers.host()
                : message.headers().get(HttpHeaderNames.HOST);
        if (host == null) {
            if (HttpVersion.HTTP_1_1.equals(message.protocolVersion())) {
                throw new RefusedRequest("Missing Host header");
            }
        } else if (!HostHeader.isValid(host)) {
            throw new RefusedRequest("Invalid Host header");
        }
        return super.isContentAlwaysEmpty(message);
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        throw new RefusedRequest("Both Content-Length and Transfer-Encoding");
    }
}
