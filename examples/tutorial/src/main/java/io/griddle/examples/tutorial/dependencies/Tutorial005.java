package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Cookie;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Query;
import java.util.Collections;
import java.util.Optional;

/**
 * Sub-dependencies: a provider that depends on another one. The handler names only the last; Griddle runs the
 * query extractor first, once, and documents the parameters of both.
 */
public final class Tutorial005 {

    /** The {@code q} query parameter, or {@code null}. */
    public static final class QueryExtractor {
        public String provide(@Query Optional<String> q) {
            return q.orElse(null);
        }
    }

    /** {@code q} if it is there and not empty, else the {@code last_query} cookie. */
    public static final class QueryOrCookieExtractor {
        public String provide(
                @Depends(QueryExtractor.class) String q, @Cookie("last_query") Optional<String> lastQuery) {
            if (q == null || q.isEmpty()) {
                return lastQuery.orElse(null);
            }
            return q;
        }
    }

    @Get("/items/")
    public Object readQuery(@Depends(QueryOrCookieExtractor.class) String queryOrDefault) {
        return Collections.singletonMap("q_or_cookie", queryOrDefault);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
