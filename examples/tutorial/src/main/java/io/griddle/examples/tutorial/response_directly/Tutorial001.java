package io.griddle.examples.tutorial.response_directly;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.http.Json;
import io.griddle.http.Response;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A response returned directly, its content made JSON-compatible first with {@link Json#encodable} (FastAPI's
 * {@code jsonable_encoder}): the datetime becomes its ISO text.
 */
public final class Tutorial001 {

    /** The item. */
    public record Item(String title, LocalDateTime timestamp, Optional<String> description) {}

    @Put("/items/{id}")
    public Response updateItem(@Path String id, @Body Item item) {
        Object jsonCompatibleItemData = Json.encodable(item);
        return Response.json(jsonCompatibleItemData);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
