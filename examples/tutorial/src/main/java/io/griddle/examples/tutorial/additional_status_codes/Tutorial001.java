package io.griddle.examples.tutorial.additional_status_codes;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.http.Response;
import java.net.HttpURLConnection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Another status for some answers: an update answers 200 with the item, a new item 201, by returning a
 * {@link Response} with its status (FastAPI's {@code JSONResponse(status_code=201, content=item)}). The response is
 * sent as it is, so the document does not show 201: say so with {@code @ApiResponse(status = 201)} if clients should
 * know.
 */
public final class Tutorial001 {

    private final Map<String, Map<String, Object>> items = new HashMap<>(Map.of(
            "foo", item(Optional.of("Fighters"), Optional.of(6)),
            "bar", item(Optional.of("Tenders"), Optional.of(3))));

    @Put("/items/{item_id}")
    public synchronized Object upsertItem(
            @Path("item_id") String itemId, @Body Optional<String> name, @Body Optional<Integer> size) {
        Map<String, Object> item = items.get(itemId);
        if (item != null) {
            item.put("name", name.orElse(null));
            item.put("size", size.orElse(null));
            return item;
        }
        item = item(name, size);
        items.put(itemId, item);
        return Response.json(item).status(HttpURLConnection.HTTP_CREATED);
    }

    private static Map<String, Object> item(Optional<String> name, Optional<Integer> size) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name.orElse(null));
        item.put("size", size.orElse(null));
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
