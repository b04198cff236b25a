package io.griddle.examples.tutorial.path_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import java.util.Map;

/**
 * A fixed path beside a parameterized one: {@code /users/me} is answered by its own route, not taken as a
 * {@code user_id}. (In Griddle a literal path always wins, whatever the order of the methods.)
 */
public final class Tutorial003 {

    @Get("/users/me")
    public Map<String, Object> readUserMe() {
        return Map.of("user_id", "the current user");
    }

    @Get("/users/{user_id}")
    public Map<String, Object> readUser(@Path("user_id") String userId) {
        return Map.of("user_id", userId);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
