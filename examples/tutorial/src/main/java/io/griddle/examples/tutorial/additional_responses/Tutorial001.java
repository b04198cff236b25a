package io.griddle.examples.tutorial.additional_responses;

import io.griddle.ApiResponse;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.ResponseModel;
import io.griddle.http.Response;
import java.util.Map;

/** A further response documented with its model: 404 with a {@code Message}, sent by returning a {@link Response}. */
public final class Tutorial001 {

    /** An item. */
    public record Item(String id, String value) {}

    /** An error message. */
    public record Message(String message) {}

    @ResponseModel(Item.class)
    @ApiResponse(status = 404, model = Message.class)
    @Get("/items/{item_id}")
    public Object readItem(@Path("item_id") String itemId) {
        if (itemId.equals("foo")) {
            return Map.of("id", "foo", "value", "there goes my hero");
        }
        return Response.json(Map.of("message", "Item not found")).status(404);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
