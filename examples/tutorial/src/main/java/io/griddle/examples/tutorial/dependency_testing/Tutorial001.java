package io.griddle.examples.tutorial.dependency_testing;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Testing dependencies with overrides: two routes share {@link CommonParameters}; the test replaces it with
 * {@code OverrideDependency} through {@code app.dependencyOverrides()}.
 */
public final class Tutorial001 {

    /** {@code common_parameters}: the query's {@code q}, {@code skip} and {@code limit} as one map. */
    public static final class CommonParameters {
        public Map<String, Object> provide(
                @Query Optional<String> q, @Query @Default("0") int skip, @Query @Default("100") int limit) {
            return params(q.orElse(null), skip, limit);
        }
    }

    /** The map FastAPI's dependency returns (with {@code null} for a missing {@code q}). */
    public static Map<String, Object> params(String q, int skip, int limit) {
        Map<String, Object> commons = new LinkedHashMap<>();
        commons.put("q", q);
        commons.put("skip", skip);
        commons.put("limit", limit);
        return commons;
    }

    @Get("/items/")
    public Object readItems(@Depends(CommonParameters.class) Map<String, Object> commons) {
        return Map.of("message", "Hello Items!", "params", commons);
    }

    @Get("/users/")
    public Object readUsers(@Depends(CommonParameters.class) Map<String, Object> commons) {
        return Map.of("message", "Hello Users!", "params", commons);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
