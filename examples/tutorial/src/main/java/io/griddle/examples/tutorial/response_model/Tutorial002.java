package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import jakarta.validation.constraints.Email;
import java.util.Optional;

/** Returning the input as it came: the password goes back out too ("don't do this in production"). */
public final class Tutorial002 {

    /** A new user, password included. */
    public record UserIn(
            String username, String password, @Email String email, Optional<String> full_name) {}

    @Post("/user/")
    public UserIn createUser(@Body UserIn user) {
        return user;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
