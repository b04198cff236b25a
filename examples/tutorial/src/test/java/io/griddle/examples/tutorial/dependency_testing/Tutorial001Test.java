package io.griddle.examples.tutorial.dependency_testing;

import static io.griddle.examples.tutorial.Spec.assertJson;

import io.griddle.App;
import io.griddle.Query;
import io.griddle.test.TestClient;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_testing_dependencies/test_tutorial001, as the specification, with the
 * tutorial's own {@code test_override_in_items*} functions.
 */
class Tutorial001Test {

    /** {@code override_dependency}: only {@code q} from the query; fixed {@code skip} and {@code limit}. */
    public static final class OverrideDependency {
        public Map<String, Object> provide(@Query Optional<String> q) {
            return Tutorial001.params(q.orElse(null), 5, 10);
        }
    }

    private final App app = Tutorial001.app();
    private final TestClient client = TestClient.of(app);

    {
        app.dependencyOverrides().put(Tutorial001.CommonParameters.class, new OverrideDependency());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void overrideInItems() {
        assertJson(client.get("/items/"), 200, """
                {"message": "Hello Items!", "params": {"q": null, "skip": 5, "limit": 10}}""");
    }

    @Test
    void overrideInItemsWithQ() {
        assertJson(client.get("/items/?q=foo"), 200, """
                {"message": "Hello Items!", "params": {"q": "foo", "skip": 5, "limit": 10}}""");
    }

    @Test
    void overrideInItemsWithParams() {
        assertJson(client.get("/items/?q=foo&skip=100&limit=200"), 200, """
                {"message": "Hello Items!", "params": {"q": "foo", "skip": 5, "limit": 10}}""");
    }

    @Test
    void overrideInUsers() {
        assertJson(client.get("/users/"), 200, """
                {"message": "Hello Users!", "params": {"q": null, "skip": 5, "limit": 10}}""");
    }

    @Test
    void overrideInUsersWithQ() {
        assertJson(client.get("/users/?q=foo"), 200, """
                {"message": "Hello Users!", "params": {"q": "foo", "skip": 5, "limit": 10}}""");
    }

    @Test
    void overrideInUsersWithParams() {
        assertJson(client.get("/users/?q=foo&skip=100&limit=200"), 200, """
                {"message": "Hello Users!", "params": {"q": "foo", "skip": 5, "limit": 10}}""");
    }

    @Test
    void normalApp() {
        app.dependencyOverrides().clear(); // FastAPI's test sets app.dependency_overrides = None
        assertJson(client.get("/items/?q=foo&skip=100&limit=200"), 200, """
                {"message": "Hello Items!", "params": {"q": "foo", "skip": 100, "limit": 200}}""");
    }
}
