package io.griddle.examples.tutorial.query_params;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Required, defaulted and optional query parameters together; every problem is reported at once. */
public final class Tutorial006 {

    @Get("/items/{item_id}")
    public Map<String, Object> readUserItem(
            @Path("item_id") String itemId,
            @Query String needy,
            @Query @Default("0") int skip,
            @Query Optional<Integer> limit) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("item_id", itemId);
        item.put("needy", needy);
        item.put("skip", skip);
        item.put("limit", limit.orElse(null));
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
