package io.griddle.examples.tutorial.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_dependencies/test_tutorial007, as the specification: the route gets the
 * session; here also that it is open while the handler runs and closed once the response is sent.
 */
class Tutorial007Test {

    @Test
    void getDb() {
        List<DBSession> opened = new CopyOnWriteArrayList<>();
        try (TestClient client = TestClient.of(Tutorial007.app(opened::add))) {
            TestResponse response = client.get("/");

            assertThat(response.status()).isEqualTo(200);
            assertThat(opened).hasSize(1);
            assertThat(response.json()).isEqualTo(Map.of("c", opened.get(0).toString(), "closed", false));
            assertThat(opened.get(0).isClosed()).isTrue();
        }
    }
}
