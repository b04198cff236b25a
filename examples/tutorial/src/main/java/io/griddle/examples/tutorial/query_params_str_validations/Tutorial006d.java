package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;

/**
 * A required parameter said explicitly: FastAPI marks it required with Pydantic's {@code Required}. Java has no such
 * marker and needs none: a parameter without {@code @Default} that is not {@code Optional} is required, so this is
 * {@link Tutorial006}'s code, and behaves as it does.
 */
public final class Tutorial006d {

    @Get("/items/")
    public Map<String, Object> readItems(@Query @Size(min = 3) String q) {
        return Results.of(Optional.of(q));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006d());
    }
}
