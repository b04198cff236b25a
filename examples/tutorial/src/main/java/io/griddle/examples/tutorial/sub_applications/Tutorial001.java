package io.griddle.examples.tutorial.sub_applications;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/**
 * Sub applications: a second App mounted at {@code /subapi}, with its own {@code /subapi/openapi.json} and
 * {@code /subapi/docs}.
 */
public final class Tutorial001 {

    /** The main app's routes. */
    public static final class Main {
        @Get("/app")
        public Map<String, String> readMain() {
            return Map.of("message", "Hello World from main app");
        }
    }

    /** The sub app's routes. */
    public static final class SubApi {
        @Get("/sub")
        public Map<String, String> readSub() {
            return Map.of("message", "Hello World from sub API");
        }
    }

    private Tutorial001() {}

    /** The app, with the sub app mounted. */
    public static App app() {
        App subapi = App.create().include(new SubApi());
        return App.create().include(new Main()).mount("/subapi", subapi);
    }
}
