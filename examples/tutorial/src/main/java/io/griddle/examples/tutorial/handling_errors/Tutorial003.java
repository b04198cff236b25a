package io.griddle.examples.tutorial.handling_errors;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.http.Response;
import java.util.Map;

/** A custom exception and the handler that answers it, wherever a route throws it. */
public final class Tutorial003 {

    /** Thrown by the unicorn route. */
    public static final class UnicornException extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final String name;

        public UnicornException(String name) {
            super(name);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }

    @Get("/unicorns/{name}")
    public Object readUnicorn(@Path String name) {
        if (name.equals("yolo")) {
            throw new UnicornException(name);
        }
        return Map.of("unicorn_name", name);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .exceptionHandler(
                        UnicornException.class,
                        (request, e) -> Response.json(Map.of(
                                        "message", "Oops! " + e.name() + " did something. There goes a rainbow..."))
                                .status(418))
                .include(new Tutorial003());
    }
}
