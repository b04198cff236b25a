package io.griddle.examples.tutorial.metadata;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.openapi.Tag;
import java.util.List;
import java.util.Map;

/** Tag metadata: descriptions and external docs in the document's top-level {@code tags}, in the docs' order. */
public final class Tutorial004 {

    @Operation(tags = "users")
    @Get("/users/")
    public Object getUsers() {
        return List.of(Map.of("name", "Harry"), Map.of("name", "Ron"));
    }

    @Operation(tags = "items")
    @Get("/items/")
    public Object getItems() {
        return List.of(Map.of("name", "wand"), Map.of("name", "flying broom"));
    }

    /** The app. */
    public static App app() {
        return App.create()
                .tags(
                        Tag.of("users", "Operations with users. The **login** logic is also here."),
                        Tag.of("items", "Manage items. So _fancy_ they have their own docs.")
                                .externalDocs("Items external docs", "https://fastapi.tiangolo.com/"))
                .include(new Tutorial004());
    }
}
