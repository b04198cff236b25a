package io.griddle.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The access line's text: Uvicorn's format with the response time, as the server has always written it. */
class AccessLineTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 53432);

    @Test
    void aRequestsLineIsUvicornsWithTheResponseTime() {
        assertThat(AccessLine.request(CLIENT, "GET", "/quick?x=1", "HTTP/1.1", 200, 410_000)
                        .message())
                .isEqualTo("127.0.0.1:53432 - \"GET /quick?x=1 HTTP/1.1\" 200 0.41ms");
        assertThat(AccessLine.request(CLIENT, "POST", "/items", "HTTP/2", 422, 12_345_678_901L)
                        .message())
                .isEqualTo("127.0.0.1:53432 - \"POST /items HTTP/2\" 422 12345.68ms");
    }

    @Test
    void aRequestWithoutARequestLineAndAClientWithoutAnAddressShowDashes() {
        assertThat(AccessLine.request(null, null, null, null, 400, 0).message()).isEqualTo("- - \"-\" 400 0.00ms");
    }

    @Test
    void webSocketLinesSayWhatBecameOfTheHandshake() {
        assertThat(AccessLine.webSocket(CLIENT, "/chat?room=1", "[accepted]").message())
                .isEqualTo("127.0.0.1:53432 - \"WebSocket /chat?room=1\" [accepted]");
        assertThat(AccessLine.webSocket(CLIENT, "/deny", "403").message())
                .isEqualTo("127.0.0.1:53432 - \"WebSocket /deny\" 403");
    }

    @Test
    void whatTheClientSentIsEscaped() {
        assertThat(AccessLine.request(CLIENT, "G\u001bET", "/x\u001b[2J\\", "HTTP/1.1", 404, 0)
                        .message())
                .isEqualTo("127.0.0.1:53432 - \"G\\x1bET /x\\x1b[2J\\\\ HTTP/1.1\" 404 0.00ms");
        assertThat(AccessLine.webSocket(CLIENT, "/\r\nFAKE", "[closed]").message())
                .isEqualTo("127.0.0.1:53432 - \"WebSocket /\\x0d\\x0aFAKE\" [closed]");
    }

    @Test
    void theTimeIsRoundedAsTwoDecimalFormattingRoundsIt() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 100_000; i++) {
            long nanos = i < 50_000 ? random.nextLong(20_000_000L) : random.nextLong(1L << 42);
            if (i < 1000) {
                nanos = i * 5_000L; // every half-way case near zero
            }
            StringBuilder text = new StringBuilder();
            AccessLine.appendMillis(text, nanos);
            assertThat(text.toString())
                    .as("%d ns", nanos)
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0));
        }
    }
}
