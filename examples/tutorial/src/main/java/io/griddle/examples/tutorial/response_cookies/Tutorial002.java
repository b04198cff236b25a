package io.griddle.examples.tutorial.response_cookies;

import io.griddle.App;
import io.griddle.Post;
import io.griddle.http.Response;
import java.util.Map;

/**
 * A cookie set on the response Griddle renders from the returned value: a {@link Response} parameter collects the
 * cookie, and the map is still rendered (and documented) as the route's model.
 */
public final class Tutorial002 {

    @Post("/cookie-and-object/")
    public Map<String, String> createCookie(Response response) {
        response.setCookie("fakesession", "fake-cookie-session-value");
        return Map.of("message", "Come to the dark side, we have cookies");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
