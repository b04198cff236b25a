package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/** Between 3 and 50 characters, matching a regular expression. */
public final class Tutorial004 {

    @Get("/items/")
    public Map<String, Object> readItems(
            @Query @Size(min = 3, max = 50) @Pattern(regexp = "^fixedquery$") Optional<String> q) {
        return Results.of(q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial004());
    }
}
