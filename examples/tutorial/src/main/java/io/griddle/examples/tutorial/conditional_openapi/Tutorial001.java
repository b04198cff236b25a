package io.griddle.examples.tutorial.conditional_openapi;

import io.griddle.App;
import io.griddle.Get;
import java.util.Map;

/**
 * The document (and with it the docs pages) switched by configuration: the environment variable
 * {@code OPENAPI_URL}, {@code /openapi.json} unless set, none when set empty (FastAPI's settings class reads the
 * same variable).
 */
public final class Tutorial001 {

    /** The settings, from the environment. */
    public record Settings(String openapiUrl) {

        /** From environment variables: {@code OPENAPI_URL}, an empty value meaning none. */
        public static Settings from(Map<String, String> environment) {
            String url = environment.getOrDefault("OPENAPI_URL", "/openapi.json");
            return new Settings(url.isEmpty() ? null : url);
        }
    }

    @Get("/")
    public Object root() {
        return Map.of("message", "Hello World");
    }

    /** The app, configured from the process's environment. */
    public static App app() {
        return app(System.getenv());
    }

    /** The app, configured from these environment variables. */
    public static App app(Map<String, String> environment) {
        Settings settings = Settings.from(environment);
        return App.create().openapiUrl(settings.openapiUrl()).include(new Tutorial001());
    }
}
