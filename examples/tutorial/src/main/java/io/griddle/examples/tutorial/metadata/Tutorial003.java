package io.griddle.examples.tutorial.metadata;

import io.griddle.App;
import io.griddle.Get;
import java.util.List;
import java.util.Map;

/** Swagger UI at {@code /documentation}, and no ReDoc. */
public final class Tutorial003 {

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("name", "Foo"));
    }

    /** The app. */
    public static App app() {
        return App.create().docsUrl("/documentation").redocUrl(null).include(new Tutorial003());
    }
}
