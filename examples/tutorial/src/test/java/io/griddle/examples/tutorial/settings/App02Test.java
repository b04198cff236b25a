package io.griddle.examples.tutorial.settings;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.settings.SettingsLoader;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_settings/test_app02, as the specification, with the tutorial's own
 * {@code test_main.py} (the override) as {@link #overrideSettings}.
 */
class App02Test {

    @Test
    void settings() {
        App02.GetSettings getSettings = new App02.GetSettings(
                SettingsLoader.of(Settings.class).environment(Map.of("ADMIN_EMAIL", "admin@example.com")));
        Settings settings = getSettings.provide();
        assertThat(settings.app_name()).isEqualTo("Awesome API");
        assertThat(settings.items_per_user()).isEqualTo(50);
        assertThat(getSettings.provide()).as("cached, as with @lru_cache").isSameAs(settings);
    }

    /** {@code get_settings_override}: the settings a test wants, whatever the environment. */
    static final class GetSettingsOverride {
        Settings provide() {
            return SettingsLoader.of(Settings.class)
                    .environment(Map.of())
                    .set("admin_email", "testing_admin@example.com")
                    .load();
        }
    }

    @Test
    void overrideSettings() {
        App app = App02.app();
        app.dependencyOverrides().put(App02.GetSettings.class, new GetSettingsOverride());
        try (TestClient client = TestClient.of(app)) {
            assertJson(client.get("/info"), 200, """
                    {"app_name": "Awesome API", "admin_email": "testing_admin@example.com", "items_per_user": 50}""");
        }
    }
}
