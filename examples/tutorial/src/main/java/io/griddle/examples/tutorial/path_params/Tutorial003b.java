package io.griddle.examples.tutorial.path_params;

import io.griddle.App;
import io.griddle.Get;
import java.util.List;

/**
 * Two operations on the same path and method: the first declared answers, the second is never reached (as in
 * FastAPI, where routes match in order). Java lists a class's methods in no fixed order, so the two live in two
 * classes included one after the other, which fixes the order.
 */
public final class Tutorial003b {

    /** Declared first: this one answers {@code GET /users}. */
    public static final class First {
        @Get("/users")
        public List<String> readUsers() {
            return List.of("Rick", "Morty");
        }
    }

    /** Declared second: shadowed by {@link First}. */
    public static final class Second {
        @Get("/users")
        public List<String> readUsers2() {
            return List.of("Bean", "Elfo");
        }
    }

    /** The app. */
    public static App app() {
        return App.create().include(new First()).include(new Second());
    }
}
