package io.griddle.examples.tutorial.extra_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import jakarta.validation.constraints.Email;
import java.util.Optional;

/**
 * Tutorial001 without repeating the shared fields: {@code UserBase} (an interface, since records cannot extend each
 * other) holds them, {@code UserIn} and {@code UserInDB} implement it with their extra field, and the answer is
 * declared {@code UserOut}, which is just {@code UserBase}.
 */
public final class Tutorial002 {

    /** What every user model has. */
    public interface UserBase {
        String username();

        @Email
        String email();

        Optional<String> full_name();
    }

    /** A new user: a {@code UserBase} with a password. */
    public record UserIn(String username, @Email String email, Optional<String> full_name, String password)
            implements UserBase {}

    /** A user as it goes out: the base fields only. */
    public interface UserOut extends UserBase {}

    /** A user as stored: a {@code UserBase} with the password's hash. */
    public record UserInDB(String username, String email, Optional<String> full_name, String hashed_password)
            implements UserOut {}

    static String fakePasswordHasher(String rawPassword) {
        return "supersecret" + rawPassword;
    }

    static UserInDB fakeSaveUser(UserIn userIn) {
        return new UserInDB(
                userIn.username(), userIn.email(), userIn.full_name(), fakePasswordHasher(userIn.password()));
    }

    @Post("/user/")
    public UserOut createUser(@Body UserIn user_in) {
        return fakeSaveUser(user_in);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
