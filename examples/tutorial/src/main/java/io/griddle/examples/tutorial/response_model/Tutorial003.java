package io.griddle.examples.tutorial.response_model;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import io.griddle.ResponseModel;
import jakarta.validation.constraints.Email;
import java.util.Optional;

/** An output model: the handler returns the input user, {@code @ResponseModel(UserOut.class)} drops the password. */
public final class Tutorial003 {

    /** A new user, password included. */
    public record UserIn(
            String username, String password, @Email String email, Optional<String> full_name) {}

    /** What leaves the server: no password. */
    public record UserOut(String username, @Email String email, Optional<String> full_name) {}

    @ResponseModel(UserOut.class)
    @Post("/user/")
    public Object createUser(@Body UserIn user) {
        return user;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
