package io.griddle.examples.tutorial.extra_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import jakarta.validation.constraints.Email;
import java.util.Optional;

/**
 * Several models for one user: {@code UserIn} comes in with a password, {@code UserInDB} is stored with its hash, and
 * the answer is declared {@code UserOut}, so neither the password nor the hash leaves the server. Records cannot
 * extend each other: {@code UserOut} is an interface that {@code UserInDB} implements, and only its accessors are sent.
 */
public final class Tutorial001 {

    /** A new user, as it comes in. */
    public record UserIn(
            String username, String password, @Email String email, Optional<String> full_name) {}

    /** A user as it goes out. */
    public interface UserOut {
        String username();

        @Email
        String email();

        Optional<String> full_name();
    }

    /** A user as stored. */
    public record UserInDB(String username, String hashed_password, String email, Optional<String> full_name)
            implements UserOut {}

    static String fakePasswordHasher(String rawPassword) {
        return "supersecret" + rawPassword;
    }

    static UserInDB fakeSaveUser(UserIn userIn) {
        String hashedPassword = fakePasswordHasher(userIn.password());
        return new UserInDB(userIn.username(), hashedPassword, userIn.email(), userIn.full_name());
    }

    @Post("/user/")
    public UserOut createUser(@Body UserIn user_in) {
        return fakeSaveUser(user_in);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
