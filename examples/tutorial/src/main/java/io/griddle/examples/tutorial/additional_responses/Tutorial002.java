package io.griddle.examples.tutorial.additional_responses;

import io.griddle.ApiResponse;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import io.griddle.ResponseModel;
import java.util.Map;
import java.util.Optional;

/** A further media type for the success: the JSON item, or a PNG with {@code ?img=1}. */
public final class Tutorial002 {

    /** An item. */
    public record Item(String id, String value) {}

    @ResponseModel(Item.class)
    @ApiResponse(status = 200, description = "Return the JSON item or an image.", mediaTypes = "image/png")
    @Get("/items/{item_id}")
    public Object readItem(@Path("item_id") String itemId, @Query Optional<Boolean> img) {
        if (img.orElse(false)) {
            return Image.png();
        }
        return Map.of("id", "foo", "value", "there goes my hero");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
