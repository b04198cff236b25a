package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/** Everything at once, and deprecated: the document says so, the parameter still works. */
public final class Tutorial010 {

    @Get("/items/")
    public Map<String, Object> readItems(
            @Query(
                            value = "item-query",
                            title = "Query string",
                            description = "Query string for the items to search in the database that have a good match",
                            deprecated = true)
                    @Size(min = 3, max = 50)
                    @Pattern(regexp = "^fixedquery$")
                    Optional<String> q) {
        return Results.of(q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial010());
    }
}
