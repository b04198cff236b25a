package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/** At most 50 characters: {@code @Size(max = 50)} is checked and documented as {@code maxLength}. */
public final class Tutorial002 {

    @Get("/items/")
    public Map<String, Object> readItems(@Query @Size(max = 50) Optional<String> q) {
        return Results.of(q);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
