package io.griddle.examples.tutorial.request_forms;

import io.griddle.App;
import io.griddle.Form;
import io.griddle.Post;
import java.util.Map;

/**
 * Form data: {@code username} and {@code password} as fields of an {@code application/x-www-form-urlencoded}
 * body (what an HTML form and OAuth2's password flow send), not JSON.
 */
public final class Tutorial001 {

    @Post("/login/")
    public Map<String, String> login(@Form String username, @Form String password) {
        return Map.of("username", username);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
