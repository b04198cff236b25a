package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Classes that are their own providers (FastAPI's class dependencies), and values made afresh per parameter. */
class DependencyFormsTest {

    /** A record whose components bind from the query. */
    record Paging(
            @Query Optional<String> q,
            @Query @Default("0") int skip,
            @Query @Default("100") int limit) {}

    /** A plain class with a single constructor, and a dependency of its own. */
    static final class Listing {
        final Paging paging;
        final String user;

        Listing(@Depends Paging paging, @Header("x-user") String user) {
            this.paging = paging;
            this.user = user;
        }
    }

    static final class Counter {
        final AtomicInteger calls = new AtomicInteger();

        int provide() {
            return calls.incrementAndGet();
        }
    }

    @SuppressWarnings("unused")
    static final class Items {
        @Get("/items")
        Map<String, Object> items(@Depends Paging paging, @Depends(Listing.class) Listing listing) {
            return Map.of(
                    "q",
                    paging.q().orElse("-"),
                    "skip",
                    paging.skip(),
                    "limit",
                    paging.limit(),
                    "same",
                    listing.paging == paging,
                    "user",
                    listing.user);
        }

        @Get("/counts")
        List<Integer> counts(
                @Depends(Counter.class) int first,
                @Depends(Counter.class) int again,
                @Depends(value = Counter.class, useCache = false) int fresh) {
            return List.of(first, again, fresh);
        }
    }

    @Test
    void aRecordOrAClassWithoutProvideIsMadeFromItsConstructorOncePerRequest() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            TestResponse response = client.request("GET", "/items?q=foo&limit=5")
                    .header("x-user", "rick")
                    .send();

            assertThat(response.json())
                    .isEqualTo(Map.of("q", "foo", "skip", 0, "limit", 5, "same", true, "user", "rick"));
            assertThat(client.get("/items?skip=x").text())
                    .isEqualTo(
                            "{\"detail\":["
                                    + "{\"type\":\"int_parsing\",\"loc\":[\"query\",\"skip\"],"
                                    + "\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"x\"},"
                                    + "{\"type\":\"missing\",\"loc\":[\"header\",\"x-user\"],\"msg\":\"Field required\",\"input\":null}]}");
        }
    }

    @Test
    void theConstructorsParametersAreDocumentedOnce() {
        App app = App.create().include(new Items());
        @SuppressWarnings("unchecked")
        Map<String, Object> operation = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) app.openapi().get("paths")).get("/items")).get("get");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.get("parameters");
        assertThat(parameters).extracting(p -> p.get("name")).containsExactly("q", "skip", "limit", "x-user");
    }

    @Test
    void useCacheFalseCallsTheProviderAgainForThatParameter() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(client.get("/counts").json()).isEqualTo(List.of(1, 1, 2));
            assertThat(client.get("/counts").json()).isEqualTo(List.of(3, 3, 4));
        }
    }

    @Test
    void overridesReachParametersThatAskForFreshValues() {
        App app = App.create().include(new Items());
        try (TestClient client = TestClient.of(app)) {
            app.dependencyOverrides().put(Counter.class, new Object() {
                int provide() {
                    return 7;
                }
            });
            assertThat(client.get("/counts").json()).isEqualTo(List.of(7, 7, 7));
        }
    }

    abstract static class Abstract {}

    @SuppressWarnings("unused")
    static final class Bad {
        @Get("/bad")
        String bad(@Depends Abstract value) {
            return "";
        }
    }

    @Test
    void aClassThatCannotBeMadeFailsAtStartup() {
        assertThatThrownBy(() -> App.create().include(new Bad()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a provider");
    }
}
