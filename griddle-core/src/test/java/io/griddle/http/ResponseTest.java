package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ResponseTest {

    private static String body(Response response) {
        return StandardCharsets.UTF_8.decode(response.body()).toString();
    }

    record Burger(int number, String name) {}

    @Test
    void jsonSerializesTheValue() {
        Response response = Response.json(new Burger(1, "classic"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/json");
        assertThat(body(response)).isEqualTo("{\"number\":1,\"name\":\"classic\"}");
    }

    @Test
    void rawJsonKeepsTheBytes() {
        Response response = Response.rawJson("[1,2]".getBytes(StandardCharsets.UTF_8));

        assertThat(response.headers().get("content-type")).isEqualTo("application/json");
        assertThat(body(response)).isEqualTo("[1,2]");
    }

    @Test
    void textAndHtmlAreUtf8() {
        assertThat(Response.text("héllo").headers().get("content-type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(Response.text("héllo").body().remaining()).isEqualTo(6);
        assertThat(body(Response.html("<p>hi</p>"))).isEqualTo("<p>hi</p>");
        assertThat(Response.html("x").headers().get("content-type")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void bytesHaveTheGivenContentType() {
        Response response = Response.bytes(new byte[] {1, 2, 3}, "application/octet-stream");

        assertThat(response.headers().get("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(response.body().remaining()).isEqualTo(3);
    }

    @Test
    void bodyIsAFreshViewEachTime() {
        Response response = Response.text("abc");

        ByteBuffer first = response.body();
        first.get(new byte[3]);

        assertThat(response.body().remaining()).isEqualTo(3);
    }

    @Test
    void emptyHasNoBody() {
        Response response = Response.empty(204);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body().remaining()).isZero();
        assertThat(response.headers().size()).isZero();
    }

    @Test
    void redirectIs307WithLocation() {
        Response response = Response.redirect("/login");

        assertThat(response.status()).isEqualTo(307);
        assertThat(response.headers().get("location")).isEqualTo("/login");
        assertThat(response.body().remaining()).isZero();
    }

    @Test
    void streamHasAWriterAndNoWholeBody() {
        Response.StreamBody writer = out -> CompletableFuture.completedFuture(null);
        Response response = Response.stream("text/event-stream", writer);

        assertThat(response.body()).isNull();
        assertThat(response.stream()).isSameAs(writer);
        assertThat(response.headers().get("content-type")).isEqualTo("text/event-stream");
    }

    @Test
    void statusMustBeAnHttpStatus() {
        assertThat(Response.text("x").status(201).status()).isEqualTo(201);
        assertThatThrownBy(() -> Response.text("x").status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.text("x").status(1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headerAddsAndSetHeaderReplaces() {
        Response response = Response.text("x")
                .header("set-cookie", "a=1")
                .header("set-cookie", "b=2")
                .setHeader("content-type", "text/csv");

        assertThat(response.headers().getAll("set-cookie")).containsExactly("a=1", "b=2");
        assertThat(response.headers().getAll("content-type")).containsExactly("text/csv");
    }

    @Test
    void lineBreaksInHeaderValuesAreRefused() {
        for (String value : new String[] {"a\r\nx-evil: 1", "a\nb", "a\rb"}) {
            assertThatThrownBy(() -> Response.text("x").header("x-test", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("CR or LF");
            assertThatThrownBy(() -> Response.text("x").setHeader("x-test", value))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void lineBreaksInHeaderNamesAreRefused() {
        assertThatThrownBy(() -> Response.text("x").header("x-a\r\nx-b", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.text("x").setHeader("x\n", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.text("x").header("", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusedHeaderLeavesTheResponseUnchanged() {
        Response response = Response.text("x");

        assertThatThrownBy(() -> response.header("x-test", "a\r\nb")).isInstanceOf(IllegalArgumentException.class);

        assertThat(response.headers().contains("x-test")).isFalse();
    }

    @Test
    void redirectLocationWithLineBreakIsRefused() {
        assertThatThrownBy(() -> Response.redirect("/a\r\nset-cookie: x=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contentTypeWithLineBreakIsRefused() {
        assertThatThrownBy(() -> Response.bytes(new byte[0], "text/plain\r\nset-cookie: x=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Response.stream("text/plain\nx: 1", out -> CompletableFuture.completedFuture(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonOfAMapKeepsItsEntries() {
        assertThat(body(Response.json(Map.of("detail", "Not Found")))).isEqualTo("{\"detail\":\"Not Found\"}");
    }
}
