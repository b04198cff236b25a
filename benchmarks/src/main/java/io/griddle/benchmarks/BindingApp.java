package io.griddle.benchmarks;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.NonBlocking;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.server.Griddle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What the binding layer costs: one Griddle app with three routes that the load harness
 * ({@code run-load.sh --mode binding}) and {@link BindingBenchmark} compare.
 *
 * <ul>
 *   <li>{@code GET /quick}: the plain handler, a lambda route on the toolkit's {@code WebApp} that returns a
 *       completed stage of a small record: no parameters, no validation.</li>
 *   <li>{@code GET /items/{item_id}?q=...}: an annotated endpoint with a path parameter converted to {@code int}
 *       and an optional query parameter.</li>
 *   <li>{@code POST /echo}: the plain handler for a request with a body, a lambda route that answers the JSON body
 *       it was sent as it is: the same HTTP work as {@code POST /items} (a body received, a JSON body sent) without
 *       binding, validation or serialization.</li>
 *   <li>{@code POST /items}: an annotated endpoint whose JSON body is bound to a five-field record and its
 *       constraints checked (Griddle checks record constraints without {@code @Valid}).</li>
 * </ul>
 *
 * <p>The annotated endpoints are {@link NonBlocking}: they run on the event loop, as the plain route does, so the
 * comparison is of binding, validation and serialization, not of the hop to the blocking executor.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.griddle.benchmarks.BindingApp --port 8000 --no-access-log
 * curl -H 'content-type: application/json' --data-binary @benchmarks/load/new-item.json localhost:8000/items
 * }</pre>
 */
public final class BindingApp {

    /** The body of the plain route. */
    public record Quick(String status) {}

    /** What {@code GET /items/{item_id}} answers. */
    public record Item(int item_id, String q) {}

    /** The validated body of {@code POST /items}, echoed back. */
    public record NewItem(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 300) String description,
            @Positive double price,
            @PositiveOrZero @Max(10_000) int quantity,
            @Pattern(regexp = "[A-Z]{3}-[0-9]{4}") String sku) {}

    /** The body {@code POST /items} is sent in {@link BindingBenchmark}: the item of benchmarks/load/new-item.json. */
    public static final byte[] NEW_ITEM = """
            {"name":"Cheeseburger","description":"Two patties, cheddar, pickles","price":9.5,"quantity":3,"sku":"BRG-0042"}""".getBytes(StandardCharsets.UTF_8);

    private static final Quick QUICK = new Quick("quick response");

    /** The annotated endpoints. */
    public static final class Items {

        @Get("/items/{item_id}")
        @NonBlocking
        public Item read(@Path int item_id, @Query Optional<String> q) {
            return new Item(item_id, q.orElse(null));
        }

        @Post("/items")
        @NonBlocking
        public NewItem create(@Body NewItem item) {
            return item;
        }
    }

    private BindingApp() {}

    /** The app: the plain route and the annotated endpoints side by side. */
    public static App app() {
        return App.create()
                .title("Binding benchmark")
                .route(Set.of("GET"), "/quick", Endpoint.async(request -> CompletableFuture.completedFuture(QUICK)))
                .route(
                        Set.of("POST"),
                        "/echo",
                        Endpoint.async(request -> request.body().thenApply(Response::rawJson)))
                .include(new Items());
    }

    /**
     * Serves the app with the usual flags ({@code --host --port --loops --no-access-log ...}); with
     * {@code -Dbench.cors=ORIGIN}, behind the built-in CORS middleware allowing that origin (for the CORS A/B).
     */
    public static void main(String[] args) {
        App app = app();
        String origin = System.getProperty("bench.cors");
        if (origin != null) {
            app.addMiddleware(
                    io.griddle.middleware.Cors.builder().allowOrigins(origin).build());
        }
        Griddle.run(app, args);
    }
}
