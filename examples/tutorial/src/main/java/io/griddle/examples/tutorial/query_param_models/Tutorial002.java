package io.griddle.examples.tutorial.query_param_models;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.ForbidExtra;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Query parameters as a model that forbids the others: {@code @ForbidExtra} on the record (Pydantic's
 * {@code extra="forbid"}) makes {@code ?tool=plumbus} a 422 {@code extra_forbidden} at {@code ["query", "tool"]}.
 */
public final class Tutorial002 {

    /** As tutorial001's, refusing the query parameters it does not name. */
    @ForbidExtra
    public record FilterParams(
            @Default("100") @Positive @Max(100) int limit,
            @Default("0") @PositiveOrZero int offset,
            @Default("created_at") OrderBy order_by,
            @Default({}) List<String> tags) {}

    @Get("/items/")
    public FilterParams readItems(@Query FilterParams filter_query) {
        return filter_query;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
