package io.griddle.server.http1.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The codec on its own, on Netty's {@link EmbeddedChannel}: what it hands the connection for a request it takes
 * and for one it refuses. The same rules over a real socket, with the connection's answers, are in
 * {@code RequestParsingTest}.
 */
class Http1CodecTest {

    @Test
    void aPlainRequestBecomesAHeadAndItsLastContent() {
        List<Object> decoded = decode("GET /items/?q=1 HTTP/1.1\r\nHost: shop\r\n\r\n");
        try {
            assertThat(decoded).hasSize(2);
            HttpRequest head = (HttpRequest) decoded.get(0);
            assertThat(head.decoderResult().isSuccess()).isTrue();
            assertThat(head.uri()).isEqualTo("/items/?q=1");
            assertThat(head.headers().get("host")).isEqualTo("shop");
            assertThat(decoded.get(1)).isInstanceOf(LastHttpContent.class);
        } finally {
            decoded.forEach(ReferenceCountUtil::release);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "GET  /quick HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                 | Invalid HTTP request line",
                "G(T /quick HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                                  | Invalid HTTP method",
                "GET /qu\\u000bick HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                          | Invalid HTTP request line",
                "GET /qu\\u007fick HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n                          | Invalid character in request target",
                "GET /quick HTTP/1.2\\r\\nHost: x\\r\\n\\r\\n                                  | Unsupported HTTP version",
                "GET /quick HTTP/1.1\\r\\n\\r\\n                                               | Missing Host header",
                "GET /quick HTTP/1.1\\r\\nHost: x\\r\\nHost: y\\r\\n\\r\\n                     | Multiple Host headers",
                "GET /quick HTTP/1.1\\r\\nHost: a/b\\r\\n\\r\\n                                | Invalid Host header",
                "POST /e HTTP/1.0\\r\\nContent-Length: 1\\r\\nContent-Length: 2\\r\\n\\r\\nab | Multiple Content-Length headers",
                "POST /e HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n"
                        + "| Both Content-Length and Transfer-Encoding",
            })
    void aRefusedRequestIsAFailedHeadWhoseCauseCarriesTheReason(String escaped, String reason) {
        List<Object> decoded = decode(unescape(escaped.strip()));
        try {
            assertThat(decoded).isNotEmpty();
            HttpRequest head = (HttpRequest) decoded.get(0);
            assertThat(head.decoderResult().cause())
                    .isInstanceOf(RefusedRequest.class)
                    .hasMessage(reason);
        } finally {
            decoded.forEach(ReferenceCountUtil::release);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // where the head is cut between two reads | whether the head has a fold
                "GET /quick HTTP/1.1\\r\\nHost: x\\r\\nX-A: a\\r\\n | \\tb\\r\\n\\r\\n  | true",
                "GET /quick HTTP/1.1\\r\\nHost: x\\r\\nX-A: a\\r\\n\\t | b\\r\\n\\r\\n  | true",
                "GET /quick HTTP/1.1\\r\\nHost: x\\r\\nX-A: a\\r | \\n b\\r\\n\\r\\n   | true",
                "GET /quick HTTP/1.1\\r\\nHost: x\\r\\nX-A:       | \\ta b\\r\\n\\r\\n     | false",
                "GET /quick HTTP/1.1\\r\\nHost: x\\r\\n            | X-A: a b\\r\\n\\r\\n    | false",
                "GET /quick HTTP/1.1\\r\\n                         | Host: x\\r\\n\\r\\n        | false",
            })
    void aFoldIsFoundWhereverTheReadsCutTheHead(String first, String second, boolean folded) {
        EmbeddedChannel channel = new EmbeddedChannel(new Http1Codec(new HttpDecoderConfig()));
        try {
            // each part as its own read, so that the decoder consumes the head across two calls
            channel.writeInbound(Unpooled.copiedBuffer(unescape(first.strip()), StandardCharsets.ISO_8859_1));
            channel.writeInbound(Unpooled.copiedBuffer(unescape(second.strip()), StandardCharsets.ISO_8859_1));
            HttpRequest head = channel.readInbound();
            ReferenceCountUtil.release(head); // a refused head is a full request with an empty body
            if (folded) {
                assertThat(head.decoderResult().cause())
                        .isInstanceOf(RefusedRequest.class)
                        .hasMessage("Obsolete line folding in a header");
            } else {
                assertThat(head.decoderResult().isSuccess())
                        .as(head.decoderResult().toString())
                        .isTrue();
                assertThat(head.headers().get("x-a")).isIn(null, "a b");
            }
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    @Test
    void aTargetIsSplitAndItsPathDecoded() {
        assertThat(RequestTarget.parse("/caf%C3%A9/a+b?x=1#top", true))
                .isEqualTo(new RequestTarget("/caf%C3%A9/a+b", "/café/a+b", "x=1"));
        assertThat(RequestTarget.parse("http://shop:8000/items?q", true))
                .isEqualTo(new RequestTarget("/items", "/items", "q"));
        assertThat(RequestTarget.parse("/bad%zz", true)).isNull();
        assertThat(RequestTarget.parse("/bad%C3", true)).isNull();
        assertThat(RequestTarget.parse("/sp ace", false)).isNull(); // an HTTP/2 :path is checked here
    }

    private static List<Object> decode(String request) {
        EmbeddedChannel channel = new EmbeddedChannel(new Http1Codec(new HttpDecoderConfig()));
        List<Object> decoded = new ArrayList<>();
        try {
            channel.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.ISO_8859_1));
            for (Object in; (in = channel.readInbound()) != null; ) {
                decoded.add(in);
            }
        } finally {
            channel.finishAndReleaseAll();
        }
        return decoded;
    }

    // The CSV rows spell CR, LF and control bytes as Java escapes, to keep each request on one readable line.
    private static String unescape(String escaped) {
        return escaped.replace("\\r", "\r")
                .replace("\\n", "\n")
                .replace("\\t", "\t")
                .replace("\\u000b", "\u000b")
                .replace("\\u007f", "\u007f");
    }
}
