package io.griddle.examples.tutorial.generate_clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.http.Json;
import io.griddle.test.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastAPI's tests/test_tutorial/test_generate_clients/test_tutorial004, as the specification. */
class Tutorial004Test {

    private static final Object WITHOUT_PREFIXES =
            Documents.tagged("getItems", "createItem", "createUser", "Response Items-Getitems");

    @Test
    void removeTags(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("openapi.json");
        Files.write(file, Json.write(Tutorial003.app().openapi()));

        Tutorial004.main(new String[] {file.toString()});

        assertThat(Json.read(Files.readAllBytes(file), Object.class)).isEqualTo(WITHOUT_PREFIXES);
    }

    @Test
    void theAppServesTheDocumentWithoutPrefixes() {
        try (TestClient client = TestClient.of(Tutorial004.app())) {
            assertThat(Spec.openapi(client)).isEqualTo(WITHOUT_PREFIXES);
            assertThat(client.get("/items/").status()).isEqualTo(200);
        }
    }
}
