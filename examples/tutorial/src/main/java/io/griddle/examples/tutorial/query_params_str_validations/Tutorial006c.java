package io.griddle.examples.tutorial.query_params_str_validations;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Query;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nullable query parameter with a minimum length: {@code q} may be absent; when given it has at least 3
 * characters. FastAPI declares it {@code str | None} without default ("required, can be None"); Java has only
 * {@code Optional}, which is not required (docs/tutorial/query_params_str_validations.md).
 */
public final class Tutorial006c {

    @Get("/items/")
    public Map<String, Object> readItems(@Query @Size(min = 3) Optional<String> q) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("items", List.of(Map.of("item_id", "Foo"), Map.of("item_id", "Bar")));
        q.filter(text -> !text.isEmpty()).ifPresent(text -> results.put("q", text));
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006c());
    }
}
