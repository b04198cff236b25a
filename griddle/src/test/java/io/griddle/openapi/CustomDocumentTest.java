package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.test.TestClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code app.openapi()} kept once made, replaced by {@code app.openapi(generator)}, and served as made. */
class CustomDocumentTest {

    @SuppressWarnings("unused")
    static final class Ping {
        @Get("/ping")
        public String ping() {
            return "pong";
        }
    }

    @Test
    void theDocumentIsMadeOnceAndKept() {
        App app = App.create().include(new Ping());
        assertThat(app.openapi()).isSameAs(app.openapi());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGeneratorReplacesTheDocumentRunsOnceAndIsServed() {
        AtomicInteger runs = new AtomicInteger();
        App app = App.create().title("Shop").include(new Ping());
        app.openapi(() -> {
            runs.incrementAndGet();
            Map<String, Object> document = app.generateOpenapi(new OpenApiInfo("Custom", "2.0.0", null));
            ((Map<String, Object>) document.get("info")).put("x-logo", Map.of("url", "https://example.com/l.png"));
            return document;
        });
        try (TestClient client = TestClient.of(app)) {
            Map<String, Object> first =
                    (Map<String, Object>) client.get("/openapi.json").json();
            Map<String, Object> second =
                    (Map<String, Object>) client.get("/openapi.json").json();

            assertThat(first.get("info"))
                    .isEqualTo(Map.of(
                            "title",
                            "Custom",
                            "version",
                            "2.0.0",
                            "x-logo",
                            Map.of("url", "https://example.com/l.png")));
            assertThat(first).containsKey("paths").isEqualTo(second);
            assertThat(app.openapi()).isEqualTo(first);
            assertThat(runs).hasValue(1);
            assertThat(client.get("/docs").text()).contains("<title>Shop - Swagger UI</title>");
        }
    }

    @Test
    void generateOpenapiBuildsANewDocumentEachCall() {
        App app = App.create().include(new Ping());
        Map<String, Object> one = app.generateOpenapi(OpenApiInfo.defaults());
        assertThat(one).isNotSameAs(app.generateOpenapi(OpenApiInfo.defaults())).isEqualTo(app.openapi());
    }

    @Test
    void theGeneratorIsSetBeforeTheDocumentIsMade() {
        App app = App.create().include(new Ping());
        app.openapi();
        assertThatThrownBy(() -> app.openapi(() -> Map.of("openapi", "3.1.0")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already made");
    }
}
