package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A list in the query: {@code ?q=foo&q=bar} is {@code ["foo", "bar"]}; without {@code q} it is {@code null}. */
public final class Tutorial011 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query Optional<List<String>> q) {
        Map<String, Object> queryItems = new HashMap<>();
        queryItems.put("q", q.orElse(null));
        return queryItems;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial011());
    }
}
