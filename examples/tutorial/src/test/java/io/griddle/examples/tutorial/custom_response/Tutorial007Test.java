package io.griddle.examples.tutorial.custom_response;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_custom_response/test_tutorial007, as the specification. */
class Tutorial007Test {

    @Test
    void get() {
        try (TestClient client = TestClient.of(Tutorial007.app())) {
            byte[] fake = "some fake video bytes".getBytes(StandardCharsets.UTF_8);
            byte[] expected = new byte[fake.length * 10];
            for (int i = 0; i < 10; i++) {
                System.arraycopy(fake, 0, expected, i * fake.length, fake.length);
            }
            assertThat(client.get("/").bytes()).isEqualTo(expected);
        }
    }

    @Test
    void chunksArriveOneByOneWithoutAContentType() {
        try (TestClient client = TestClient.of(Tutorial007.app());
                TestStream stream = client.stream("GET", "/")) {
            assertThat(stream.header("content-type")).isNull();
            for (int i = 0; i < 10; i++) {
                assertThat(new String(stream.nextChunk(), StandardCharsets.UTF_8))
                        .isEqualTo("some fake video bytes");
            }
            assertThat(stream.nextChunk()).isNull();
        }
    }
}
