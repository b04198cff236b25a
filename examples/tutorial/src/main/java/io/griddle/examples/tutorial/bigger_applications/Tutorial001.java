package io.griddle.examples.tutorial.bigger_applications;

import io.griddle.ApiRouter;
import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/**
 * Bigger applications (FastAPI's {@code app/main.py}): an app-wide dependency, routers from other classes, and a
 * router whose prefix, tags, dependencies and responses are set where it is included (wrapping it in a router).
 */
public final class Tutorial001 {

    @Get("/")
    public Object root() {
        return Map.of("message", "Hello Bigger Applications!");
    }

    /** The app. */
    public static App app() {
        return App.create()
                .dependencies(Dependencies.QueryToken.class)
                .include(Users.router())
                .include(Items.router())
                .include(ApiRouter.create()
                        .prefix("/admin")
                        .tags("admin")
                        .dependencies(Dependencies.TokenHeader.class)
                        .response(418, "I'm a teapot")
                        .include(new Admin()))
                .include(new Tutorial001());
    }
}
