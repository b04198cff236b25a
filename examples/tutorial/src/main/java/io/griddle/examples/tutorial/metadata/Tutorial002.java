package io.griddle.examples.tutorial.metadata;

import io.griddle.App;
import io.griddle.Get;
import java.util.List;
import java.util.Map;

/** The document served at another URL, {@code /api/v1/openapi.json}; the docs pages follow it. */
public final class Tutorial002 {

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("name", "Foo"));
    }

    /** The app. */
    public static App app() {
        return App.create().openapiUrl("/api/v1/openapi.json").include(new Tutorial002());
    }
}
