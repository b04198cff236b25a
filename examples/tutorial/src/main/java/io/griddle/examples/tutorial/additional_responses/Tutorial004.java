package io.griddle.examples.tutorial.additional_responses;

import io.griddle.ApiResponse;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import io.griddle.ResponseModel;
import java.util.Map;
import java.util.Optional;

/**
 * Responses shared by several operations, plus one's own: FastAPI's {@code {**responses, 200: {...}}} is the
 * shared {@code @ApiResponse}s on the controller class, the route's own on the method.
 */
@ApiResponse(status = 404, description = "Item not found")
@ApiResponse(status = 302, description = "The item was moved")
@ApiResponse(status = 403, description = "Not enough privileges")
public final class Tutorial004 {

    /** An item. */
    public record Item(String id, String value) {}

    @ResponseModel(Item.class)
    @ApiResponse(status = 200, mediaTypes = "image/png")
    @Get("/items/{item_id}")
    public Object readItem(@Path("item_id") String itemId, @Query Optional<Boolean> img) {
        if (img.orElse(false)) {
            return Image.png();
        }
        return Map.of("id", "foo", "value", "there goes my hero");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
