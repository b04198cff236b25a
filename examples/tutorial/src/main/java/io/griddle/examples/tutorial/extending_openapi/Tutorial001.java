package io.griddle.examples.tutorial.extending_openapi;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.openapi.OpenApiInfo;
import java.util.List;
import java.util.Map;

/**
 * A document of one's own: {@code app.openapi(generator)} replaces how it is made (FastAPI's
 * {@code app.openapi = custom_openapi}); the generator builds Griddle's document with other info
 * ({@code app.generateOpenapi}, FastAPI's {@code get_openapi}) and adds a ReDoc logo. It runs once; the app keeps
 * and serves what it returns.
 */
public final class Tutorial001 {

    @Get("/items/")
    public Object readItems() {
        return List.of(Map.of("name", "Foo"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> customOpenapi(App app) {
        Map<String, Object> openapiSchema = app.generateOpenapi(new OpenApiInfo(
                "Custom title",
                "2.5.0",
                "Here's a longer description of the custom **OpenAPI** schema",
                List.of(),
                "This is a very custom OpenAPI schema",
                null,
                null,
                null));
        Map<String, Object> info = (Map<String, Object>) openapiSchema.get("info");
        info.put("x-logo", Map.of("url", "https://fastapi.tiangolo.com/img/logo-margin/logo-teal.png"));
        return openapiSchema;
    }

    /** The app. */
    public static App app() {
        App app = App.create().include(new Tutorial001());
        return app.openapi(() -> customOpenapi(app));
    }
}
