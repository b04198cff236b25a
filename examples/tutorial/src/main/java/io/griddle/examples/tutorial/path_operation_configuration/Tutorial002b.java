package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Operation;
import java.util.List;

/** Tag names kept in one place: constants, since an annotation takes constant strings (not enum values). */
public final class Tutorial002b {

    /** The tags of this API. */
    public static final class Tags {
        public static final String ITEMS = "items";
        public static final String USERS = "users";

        private Tags() {}
    }

    @Operation(tags = Tags.ITEMS)
    @Get("/items/")
    public Object getItems() {
        return List.of("Portal gun", "Plumbus");
    }

    @Operation(tags = Tags.USERS)
    @Get("/users/")
    public Object readUsers() {
        return List.of("Rick", "Morty");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002b());
    }
}
