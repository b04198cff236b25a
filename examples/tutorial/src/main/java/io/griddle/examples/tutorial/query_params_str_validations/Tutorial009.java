package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import java.util.Map;
import java.util.Optional;

/** An alias: the parameter is {@code item-query} on the wire, which is not a Java name. */
public final class Tutorial009 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query("item-query") Optional<String> q) {
        return Results.of(q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial009());
    }
}
