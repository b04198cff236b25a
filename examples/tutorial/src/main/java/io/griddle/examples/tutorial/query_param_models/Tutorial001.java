package io.griddle.examples.tutorial.query_param_models;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Query parameters as a model: {@code @Query FilterParams} reads each component of the record from the query
 * ({@code ?limit=10&order_by=updated_at&tags=a&tags=b}), validates them as the record, and documents each as a
 * query parameter. Query parameters the record does not name are ignored.
 */
public final class Tutorial001 {

    /** {@code limit} in (0, 100], {@code offset} at least 0, an order, repeated {@code tags}; each defaulted. */
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
        return App.create().include(new Tutorial001());
    }
}
