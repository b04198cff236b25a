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
 * A dependency shared by two routes without repeating it: Python names the annotated type once
 * ({@code CommonsDep = Annotated[dict, Depends(common_parameters)]}); Java has no alias for an annotated type, so
 * the provider class carries the name and each parameter says {@code @Depends(CommonsDep.class)}.
 */
public final class Tutorial001_02 {

    /** The common query parameters, as one map: the tutorial's {@code common_parameters} under the alias' name. */
    public static final class CommonsDep {
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
    public Object readItems(@Depends(CommonsDep.class) Map<String, Object> commons) {
        return commons;
    }

    @Get("/users/")
    public Object readUsers(@Depends(CommonsDep.class) Map<String, Object> commons) {
        return commons;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001_02());
    }
}
