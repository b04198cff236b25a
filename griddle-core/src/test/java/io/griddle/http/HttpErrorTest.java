package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.gateway.Headers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpErrorTest {

    private static String body(Response response) {
        return StandardCharsets.UTF_8.decode(response.body()).toString();
    }

    @Test
    void becomesJsonDetailWithItsStatus() {
        Response response = new HttpError(404, "Item not found").toResponse();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().get("content-type")).isEqualTo("application/json");
        assertThat(body(response)).isEqualTo("{\"detail\":\"Item not found\"}");
    }

    @Test
    void aHeaderValueWithALineBreakIsRefused() {
        HttpError error = new HttpError(401, "no", Headers.of("www-authenticate", "Bearer\r\nset-cookie: evil=1"));

        org.assertj.core.api.Assertions.assertThatThrownBy(error::toResponse)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailDefaultsToTheReasonPhrase() {
        HttpError error = new HttpError(403);

        assertThat(error.detail()).isEqualTo("Forbidden");
        assertThat(body(error.toResponse())).isEqualTo("{\"detail\":\"Forbidden\"}");
    }

    @Test
    void detailMayBeAnyJsonValue() {
        assertThat(body(new HttpError(400, List.of("a", "b")).toResponse())).isEqualTo("{\"detail\":[\"a\",\"b\"]}");
    }

    @Test
    void headersAreAddedToTheResponse() {
        Response response =
                new HttpError(401, "Not authenticated", Headers.of("www-authenticate", "Bearer")).toResponse();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().get("www-authenticate")).isEqualTo("Bearer");
        assertThat(body(response)).isEqualTo("{\"detail\":\"Not authenticated\"}");
    }

    @Test
    void statusesWithoutBodyGetNoBody() {
        for (int status : new int[] {204, 304}) {
            Response response = new HttpError(status).toResponse();

            assertThat(response.status()).isEqualTo(status);
            assertThat(response.body().remaining()).as("body of %d", status).isZero();
            assertThat(response.headers().contains("content-type")).isFalse();
        }
    }
}
