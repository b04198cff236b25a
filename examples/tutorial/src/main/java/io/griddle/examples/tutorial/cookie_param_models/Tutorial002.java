package io.griddle.examples.tutorial.cookie_param_models;

import io.griddle.App;
import io.griddle.Cookie;
import io.griddle.ForbidExtra;
import io.griddle.Get;
import java.util.Optional;

/**
 * Cookies as a model that forbids the others: {@code @ForbidExtra} on the record makes a cookie it does not
 * name a 422 {@code extra_forbidden} at {@code ["cookie", name]}.
 */
public final class Tutorial002 {

    /** A session cookie, required, and two trackers that may be absent. */
    @ForbidExtra
    public record Cookies(String session_id, Optional<String> fatebook_tracker, Optional<String> googall_tracker) {}

    @Get("/items/")
    public Cookies readItems(@Cookie Cookies cookies) {
        return cookies;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
