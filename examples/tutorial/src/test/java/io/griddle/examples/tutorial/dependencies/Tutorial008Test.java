package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_dependencies/test_tutorial008, as the specification: the route gets C; here
 * also that the exits ran last opened first, each with the dependency it needs.
 */
class Tutorial008Test {

    @Test
    void getDb() {
        List<String> log = new CopyOnWriteArrayList<>();
        try (TestClient client = TestClient.of(Tutorial008.app(log))) {
            TestResponse response = client.get("/");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(Map.of("c", "c"));
            assertThat(log).containsExactly("close c using b", "close b using a", "close a");
        }
    }
}
