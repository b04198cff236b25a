package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A dependency: a provider class whose {@code provide} method takes request values like a handler, shared by two
 * routes. Its parameters appear in both operations of the OpenAPI document.
 */
public final class Tutorial001 {

    /** The common query parameters, as one map. */
    public static final class CommonParameters {
        public Map<String, Object> provide(
                @Query Optional<String> q, @Query @Default("0") int skip, @Query @Default("100") int limit) {
            Map<String, Object> commons = new LinkedHashMap<>();
            commons.put("q", q.orElse(null));
            commons.put("skip", skip);
            commons.put("limit", limit);
            return commons;
        }
    }

    @Get("/items/")
    public Object readItems(@Depends(CommonParameters.class) Map<String, Object> commons) {
        return commons;
    }

    @Get("/users/")
    public Object readUsers(@Depends(CommonParameters.class) Map<String, Object> commons) {
        return commons;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
