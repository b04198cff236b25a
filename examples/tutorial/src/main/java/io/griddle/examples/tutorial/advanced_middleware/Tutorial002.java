package io.griddle.examples.tutorial.advanced_middleware;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.middleware.TrustedHost;
import java.util.Map;

/** Only {@code example.com} and its subdomains are served; another {@code Host} gets 400. */
public final class Tutorial002 {

    @Get("/")
    public Map<String, String> main() {
        return Map.of("message", "Hello World");
    }

    /** The app. */
    public static App app() {
        return App.create()
                .addMiddleware(TrustedHost.builder()
                        .allowedHosts("example.com", "*.example.com")
                        .build())
                .include(new Tutorial002());
    }
}
