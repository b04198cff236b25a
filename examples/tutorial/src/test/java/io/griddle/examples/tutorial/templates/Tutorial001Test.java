package io.griddle.examples.tutorial.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_templates/test_tutorial001, as the specification. */
class Tutorial001Test {

    @TempDir
    Path workdir;

    // FastAPI's test copies docs_src/templates/static/ to ./static; here a temporary directory holds the same file.
    private TestClient client() throws Exception {
        Path staticDir = Files.createDirectories(workdir.resolve("static"));
        Files.writeString(staticDir.resolve("styles.css"), "h1 {\n    color: green;\n}\n");
        return TestClient.of(Tutorial001.app(staticDir));
    }

    @Test
    void main() throws Exception {
        try (TestClient client = client()) {
            TestResponse response = client.get("/items/foo");
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            assertThat(response.text()).contains("<h1><a href=\"http://testserver/items/foo\">Item ID: foo</a></h1>");

            response = client.get("/static/styles.css");
            assertThat(response.status()).as(response.text()).isEqualTo(200);
            assertThat(response.text()).contains("color: green;");
        }
    }

    @Test
    void thePageIsHtmlAndLinksTheStylesheetThroughTheStaticMount() throws Exception {
        try (TestClient client = client()) {
            TestResponse response = client.get("/items/foo");
            assertThat(response.header("content-type")).isEqualTo("text/html; charset=utf-8");
            assertThat(response.text())
                    .contains("<title>Item Details</title>")
                    .contains("<link href=\"http://testserver/static/styles.css\" rel=\"stylesheet\">");
        }
    }

    @Test
    void theIdIsEscapedInTheTextAndEncodedInTheLink() throws Exception {
        try (TestClient client = client()) {
            TestResponse response = client.get("/items/%3Cb%3E%22x");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text())
                    .contains("<h1><a href=\"http://testserver/items/%3Cb%3E%22x\">Item ID: &lt;b&gt;\"x</a></h1>")
                    .doesNotContain("<b>");
        }
    }

    @Test
    void theRunnableAppServesTheBundledStylesheet() {
        try (TestClient client = TestClient.of(Tutorial001.app())) {
            TestResponse response = client.get("/static/styles.css");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("color: green;");
            assertThat(client.get("/items/foo").text()).contains("http://testserver/static/styles.css");
        }
    }

    @Test
    void openapiDocumentsTheHtmlPage() throws Exception {
        try (TestClient client = client()) {
            Map<String, Object> document = Spec.openapi(client);
            assertThat(Spec.keys(document, "paths")).containsExactly("/items/{id}"); // mounts are not documented
            assertThat(Spec.at(document, "paths", "/items/{id}", "get", "responses", "200"))
                    .isEqualTo(Spec.json("""
                            {"description": "Successful Response", "content": {"text/html": {"schema": {"type": "string"}}}}"""));
        }
    }
}
