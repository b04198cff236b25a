package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import java.util.List;
import java.util.Map;

/** A list that is empty by default. (FastAPI's version leaves the element type open; Java names it.) */
public final class Tutorial013 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query @Default({}) List<String> q) {
        return Map.of("q", q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial013());
    }
}
