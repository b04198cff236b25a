package io.griddle.cli.sample;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.web.WebApp;
import java.util.Map;

/** Applications for the openapi command's tests: an App, a factory, and references that are not an App. */
public final class SampleApp {

    @Get("/items/{item_id}")
    public Map<String, Object> readItem(@Path("item_id") int itemId) {
        return Map.of("item_id", itemId);
    }

    /** The app, a static field. */
    public static final App app = App.create().title("Sample").version("2.0.0").include(new SampleApp());

    /** Not an application at all. */
    public static final String notAnApp = "hello";

    /** A gateway that serves, but has no OpenAPI document. */
    public static final WebApp plain = new WebApp();

    /** A factory method. */
    public static App create() {
        return App.create().title("Made").include(new SampleApp());
    }
}
