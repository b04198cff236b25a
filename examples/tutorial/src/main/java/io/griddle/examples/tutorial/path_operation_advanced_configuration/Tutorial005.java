package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.OpenApiExtra;
import java.util.List;
import java.util.Map;

/** An OpenAPI extension on the operation ({@code x-...}), merged into what Griddle generates. */
public final class Tutorial005 {

    @OpenApiExtra("""
            {"x-aperture-labs-portal": "blue"}""")
    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("item_id", "portal-gun"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
