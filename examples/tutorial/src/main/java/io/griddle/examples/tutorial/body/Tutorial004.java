package io.griddle.examples.tutorial.body;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Body, path and query parameters together. */
public final class Tutorial004 {

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body Item item, @Query Optional<String> q) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("item_id", itemId);
        answer.putAll(item.dump());
        q.filter(text -> !text.isEmpty()).ifPresent(text -> answer.put("q", text));
        return answer;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
