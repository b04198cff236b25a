package io.griddle.examples.tutorial.cors;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.middleware.Cors;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** CORS for a few listed origins, with credentials, any method and any header. */
public final class Tutorial001 {

    @Get("/")
    public CompletionStage<Map<String, String>> main() {
        return CompletableFuture.completedFuture(Map.of("message", "Hello World"));
    }

    /** The app. */
    public static App app() {
        return App.create()
                .addMiddleware(Cors.builder()
                        .allowOrigins(
                                "http://localhost.tiangolo.com",
                                "https://localhost.tiangolo.com",
                                "http://localhost",
                                "http://localhost:8080")
                        .allowCredentials(true)
                        .allowMethods("*")
                        .allowHeaders("*")
                        .build())
                .include(new Tutorial001());
    }
}
