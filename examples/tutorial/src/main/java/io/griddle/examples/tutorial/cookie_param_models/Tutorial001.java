package io.griddle.examples.tutorial.cookie_param_models;

import io.griddle.App;
import io.griddle.Cookie;
import io.griddle.Get;
import java.util.Optional;

/**
 * Cookies as a model: {@code @Cookie Cookies} reads each component of the record from the {@code Cookie}
 * header, validates them as the record and documents each as a cookie parameter; other cookies are ignored.
 */
public final class Tutorial001 {

    /** A session cookie, required, and two trackers that may be absent. */
    public record Cookies(String session_id, Optional<String> fatebook_tracker, Optional<String> googall_tracker) {}

    @Get("/items/")
    public Cookies readItems(@Cookie Cookies cookies) {
        return cookies;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
