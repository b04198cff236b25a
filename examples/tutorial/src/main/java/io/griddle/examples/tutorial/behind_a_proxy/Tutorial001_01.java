package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.App;
import io.griddle.Get;
import java.util.List;

/** Behind a proxy: {@code /items} redirects to {@code /items/}, with the scheme and host the client used. */
public final class Tutorial001_01 {

    @Get("/items/")
    public List<String> readItems() {
        return List.of("plumbus", "portal gun");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001_01());
    }
}
