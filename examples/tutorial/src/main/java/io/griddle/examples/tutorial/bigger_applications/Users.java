package io.griddle.examples.tutorial.bigger_applications;

import io.griddle.ApiRouter;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Path;
import java.util.List;
import java.util.Map;

/** FastAPI's {@code app/routers/users.py}: a router without settings, each route tagged "users". */
public final class Users {

    /** The router the app includes. */
    public static ApiRouter router() {
        return ApiRouter.create().include(new Users());
    }

    @Operation(tags = "users")
    @Get("/users/")
    public Object readUsers() {
        return List.of(Map.of("username", "Rick"), Map.of("username", "Morty"));
    }

    @Operation(tags = "users")
    @Get("/users/me")
    public Object readUserMe() {
        return Map.of("username", "fakecurrentuser");
    }

    @Operation(tags = "users")
    @Get("/users/{username}")
    public Object readUser(@Path String username) {
        return Map.of("username", username);
    }
}
