package io.griddle.examples.tutorial.body_multiple_params;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.Query;
import jakarta.validation.constraints.Positive;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Several bodies, a validated body value ({@code importance > 0}) and a query parameter. */
public final class Tutorial004 {

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(
            @Path("item_id") int itemId,
            @Body Item item,
            @Body User user,
            @Body @Positive int importance,
            @Query Optional<String> q) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", itemId);
        results.put("item", item);
        results.put("user", user);
        results.put("importance", importance);
        q.filter(text -> !text.isEmpty()).ifPresent(text -> results.put("q", text));
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
