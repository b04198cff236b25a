package io.griddle.examples.tutorial.body;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.Map;

/** A body beside a path parameter: each comes from its own place in the request. */
public final class Tutorial003 {

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(@Path("item_id") int itemId, @Body Item item) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("item_id", itemId);
        answer.putAll(item.dump());
        return answer;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
