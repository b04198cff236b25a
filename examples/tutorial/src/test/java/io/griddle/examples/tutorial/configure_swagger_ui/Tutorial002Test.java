package io.griddle.examples.tutorial.configure_swagger_ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_configure_swagger_ui/test_tutorial002, as the specification. */
class Tutorial002Test extends SwaggerUiSpec {

    @Override
    App app() {
        return Tutorial002.app();
    }

    @Test
    void swaggerUi() {
        try (TestClient client = TestClient.of(app())) {
            String page = swaggerUi(client);
            assertThat(page).doesNotContain("\"syntaxHighlight\": false");
            assertThat(page).contains("\"syntaxHighlight\": {\"theme\": \"obsidian\"}", "\"deepLinking\": true,");
        }
    }
}
