package io.griddle.examples.tutorial.bigger_applications;

import io.griddle.ApiResponse;
import io.griddle.ApiRouter;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.http.HttpError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FastAPI's {@code app/routers/items.py}: a router with a prefix, a tag, a dependency and a documented 404; one
 * route adds a tag and a 403 of its own.
 */
public final class Items {

    private static final Map<String, Map<String, String>> FAKE_ITEMS_DB = fakeItems();

    private static Map<String, Map<String, String>> fakeItems() {
        Map<String, Map<String, String>> items = new LinkedHashMap<>();
        items.put("plumbus", Map.of("name", "Plumbus"));
        items.put("gun", Map.of("name", "Portal Gun"));
        return items;
    }

    /** The router the app includes. */
    public static ApiRouter router() {
        return ApiRouter.create()
                .prefix("/items")
                .tags("items")
                .dependencies(Dependencies.TokenHeader.class)
                .response(404, "Not found")
                .include(new Items());
    }

    @Get("/")
    public Object readItems() {
        return FAKE_ITEMS_DB;
    }

    @Get("/{item_id}")
    public Object readItem(@Path String item_id) {
        Map<String, String> item = FAKE_ITEMS_DB.get(item_id);
        if (item == null) {
            throw new HttpError(404, "Item not found");
        }
        return Map.of("name", item.get("name"), "item_id", item_id);
    }

    @Operation(tags = "custom")
    @ApiResponse(status = 403, description = "Operation forbidden")
    @Put("/{item_id}")
    public Object updateItem(@Path String item_id) {
        if (!item_id.equals("plumbus")) {
            throw new HttpError(403, "You can only update the item: plumbus");
        }
        return Map.of("item_id", item_id, "name", "The great Plumbus");
    }
}
