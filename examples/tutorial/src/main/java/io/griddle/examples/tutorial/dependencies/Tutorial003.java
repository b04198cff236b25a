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
 * The class dependency declared with a type that says nothing ({@code Object}): the provider is named in
 * {@code @Depends}, and the value is still a {@code CommonQueryParams}.
 */
public final class Tutorial003 {

    /** The common query parameters, kept by the constructor. */
    public static final class CommonQueryParams {
        final Optional<String> q;
        final int skip;
        final int limit;

        public CommonQueryParams(
                @Query Optional<String> q, @Query @Default("0") int skip, @Query @Default("100") int limit) {
            this.q = q;
            this.skip = skip;
            this.limit = limit;
        }
    }

    @Get("/items/")
    public Object readItems(@Depends(CommonQueryParams.class) Object commons) {
        CommonQueryParams params = (CommonQueryParams) commons;
        Map<String, Object> response = new LinkedHashMap<>();
        params.q.filter(q -> !q.isEmpty()).ifPresent(q -> response.put("q", q));
        response.put("items", FakeItems.slice(params.skip, params.limit));
        return response;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
