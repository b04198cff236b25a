package io.griddle.examples.tutorial.configure_swagger_ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_configure_swagger_ui/test_tutorial001, as the specification. */
class Tutorial001Test extends SwaggerUiSpec {

    @Override
    App app() {
        return Tutorial001.app();
    }

    @Test
    void swaggerUi() {
        try (TestClient client = TestClient.of(app())) {
            assertThat(swaggerUi(client)).contains("\"syntaxHighlight\": false", "\"deepLinking\": true,");
        }
    }
}
