package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Operation;
import java.util.List;
import java.util.Map;

/** An operationId of one's own: client generators name their methods by it. */
public final class Tutorial001 {

    @Operation(operationId = "some_specific_id_you_define")
    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("item_id", "Foo"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
