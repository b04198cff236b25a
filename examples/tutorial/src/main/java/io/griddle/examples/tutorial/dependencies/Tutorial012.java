package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Get;
import java.util.List;
import java.util.Map;

/** Global dependencies: {@code App.dependencies(...)} runs them before every route of the app. */
public final class Tutorial012 {

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("item", "Portal Gun"), Map.of("item", "Plumbus"));
    }

    @Get("/users/")
    public Object readUsers() {
        return List.of(Map.of("username", "Rick"), Map.of("username", "Morty"));
    }

    /** The app. */
    public static App app() {
        return App.create().dependencies(VerifyToken.class, VerifyKey.class).include(new Tutorial012());
    }
}
