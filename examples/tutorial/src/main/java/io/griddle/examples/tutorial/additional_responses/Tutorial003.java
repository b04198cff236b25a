package io.griddle.examples.tutorial.additional_responses;

import io.griddle.ApiResponse;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.ResponseModel;
import io.griddle.http.Response;
import java.util.Map;

/** Predefined and further responses combined: a 404 with its own description, the 200 with an example. */
public final class Tutorial003 {

    /** An item. */
    public record Item(String id, String value) {}

    /** An error message. */
    public record Message(String message) {}

    @ResponseModel(Item.class)
    @ApiResponse(status = 404, model = Message.class, description = "The item was not found")
    @ApiResponse(status = 200, description = "Item requested by ID", example = """
                    {"id": "bar", "value": "The bar tenders"}""")
    @Get("/items/{item_id}")
    public Object readItem(@Path("item_id") String itemId) {
        if (itemId.equals("foo")) {
            return Map.of("id", "foo", "value", "there goes my hero");
        }
        return Response.json(Map.of("message", "Item not found")).status(404);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
