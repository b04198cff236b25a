package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.openapi.OperationRoute;
import java.util.List;
import java.util.Map;

/** Every operationId from the handler's name alone, by an app-wide generator (FastAPI's generate_unique_id). */
public final class Tutorial002 {

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("item_id", "Foo"));
    }

    static String customGenerateUniqueId(OperationRoute route) {
        return route.name();
    }

    /** The app. */
    public static App app() {
        return App.create()
                .generateUniqueId(Tutorial002::customGenerateUniqueId)
                .include(new Tutorial002());
    }
}
