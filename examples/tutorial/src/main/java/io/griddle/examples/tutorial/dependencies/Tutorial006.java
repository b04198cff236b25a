package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Dependencies;
import io.griddle.Get;
import java.util.List;
import java.util.Map;

/**
 * Dependencies run for their effect, named on the route ({@code @Dependencies}); their values are not passed to the
 * handler, their parameters are still validated and documented.
 */
public final class Tutorial006 {

    @Get("/items/")
    @Dependencies({VerifyToken.class, VerifyKey.class})
    public Object readItems() {
        return List.of(Map.of("item", "Foo"), Map.of("item", "Bar"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
