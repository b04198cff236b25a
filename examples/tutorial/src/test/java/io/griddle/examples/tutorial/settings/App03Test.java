package io.griddle.examples.tutorial.settings;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_settings/test_app03, as the specification, and the {@code .env} file. */
class App03Test {

    private static final Map<String, String> ENV = Map.of("ADMIN_EMAIL", "admin@example.com");

    @TempDir
    Path dir;

    @Test
    void settings() {
        Settings settings = App03.getSettings(ENV, dir.resolve(".env")).provide();
        assertThat(settings.app_name()).isEqualTo("Awesome API");
        assertThat(settings.admin_email()).isEqualTo("admin@example.com");
        assertThat(settings.items_per_user()).isEqualTo(50);
    }

    @Test
    void endpoint() {
        try (TestClient client = TestClient.of(App03.app(ENV, dir.resolve(".env")))) {
            var response = client.get("/info");
            assertThat(response.status()).isEqualTo(200);
            assertJson(response, 200, """
                    {"app_name": "Awesome API", "admin_email": "admin@example.com", "items_per_user": 50}""");
        }
    }

    @Test
    void theEnvFileFillsWhatTheEnvironmentLacks() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, "ADMIN_EMAIL=\"deadpool@example.com\"\nAPP_NAME=\"ChimichangApp\"\n");
        try (TestClient client = TestClient.of(App03.app(Map.of("APP_NAME", "From Env"), env))) {
            assertJson(client.get("/info"), 200, """
                    {"app_name": "From Env", "admin_email": "deadpool@example.com", "items_per_user": 50}""");
        }
    }

    @Test
    void missingSettingsFailTheStart() {
        assertThatThrownBy(() ->
                        TestClient.of(App03.app(Map.of(), dir.resolve(".env"))).close())
                .hasStackTraceContaining("admin_email");
    }
}
