package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Operation;
import java.util.List;
import java.util.Map;

/** An operation left out of the document: it still serves. */
public final class Tutorial003 {

    @Operation(includeInSchema = false)
    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("item_id", "Foo"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
