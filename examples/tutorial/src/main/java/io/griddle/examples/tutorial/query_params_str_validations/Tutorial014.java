package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import java.util.Map;
import java.util.Optional;

/** A parameter left out of the OpenAPI document; it is still read. */
public final class Tutorial014 {

    @Get("/items/")
    public Map<String, Object> readItems(
            @Query(value = "hidden_query", includeInSchema = false) Optional<String> hiddenQuery) {
        return Map.of("hidden_query", hiddenQuery.orElse("Not found"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial014());
    }
}
