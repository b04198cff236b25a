package io.griddle.examples.tutorial.path_params;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params/test_tutorial003b, as the specification. */
class Tutorial003bTest {

    private final TestClient client = TestClient.of(Tutorial003b.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getUsers() {
        var response = client.get("/users");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(List.of("Rick", "Morty"));
    }

    @Test
    void readUsers2() { // FastAPI's "just for coverage" call of the shadowed function
        assertThat(new Tutorial003b.Second().readUsers2()).isEqualTo(List.of("Bean", "Elfo"));
    }

    // As FastAPI's document: the last operation of a path and method is the one listed (read_users2).
    @Test
    void openApiDocumentsOneGetOperation() {
        var operation = Spec.operation(Spec.openapi(client), "/users", "get");
        assertThat(operation.get("operationId")).isEqualTo("readUsers2_users_get");
    }
}
