package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import jakarta.validation.constraints.Email;
import java.util.Optional;

/**
 * The return type filters: {@code UserIn} is a {@code BaseUser} with a password, the handler returns the input
 * user as a {@code BaseUser}, and only {@code BaseUser}'s properties are sent. Records cannot extend each other, so
 * the base model is an interface whose accessors the record implements.
 */
public final class Tutorial003_01 {

    /** What every user has, and all that leaves the server. */
    public interface BaseUser {
        String username();

        @Email
        String email();

        Optional<String> full_name();
    }

    /** A new user: a {@code BaseUser} with a password. */
    public record UserIn(String username, @Email String email, Optional<String> full_name, String password)
            implements BaseUser {}

    @Post("/user/")
    public BaseUser createUser(@Body UserIn user) {
        return user;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003_01());
    }
}
