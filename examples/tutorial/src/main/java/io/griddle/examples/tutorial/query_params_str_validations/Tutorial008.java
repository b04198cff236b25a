package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/** A title and a description for the OpenAPI document. */
public final class Tutorial008 {

    @Get("/items/")
    public Map<String, Object> readItems(
            @Query(
                            title = "Query string",
                            description = "Query string for the items to search in the database that have a good match")
                    @Size(min = 3)
                    Optional<String> q) {
        return Results.of(q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial008());
    }
}
