package io.griddle.examples.tutorial.bigger_applications;

import io.griddle.Post;
import java.util.Map;

/** FastAPI's {@code app/internal/admin.py}: a controller shared with other projects, configured where it is included. */
public final class Admin {

    @Post("/")
    public Object updateAdmin() {
        return Map.of("message", "Admin getting schwifty");
    }
}
