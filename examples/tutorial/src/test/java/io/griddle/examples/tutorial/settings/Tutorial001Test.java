package io.griddle.examples.tutorial.settings;

import static io.griddle.examples.tutorial.Spec.assertJson;

import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_settings/test_tutorial001, as the specification. */
class Tutorial001Test {

    @Test
    void settings() {
        // monkeypatch.setenv("ADMIN_EMAIL", ...) is a map of variables: a Java process cannot change its environment.
        try (TestClient client = TestClient.of(Tutorial001.app(Map.of("ADMIN_EMAIL", "admin@example.com")))) {
            assertJson(client.get("/info"), 200, """
                    {"app_name": "Awesome API", "admin_email": "admin@example.com", "items_per_user": 50}""");
        }
    }
}
