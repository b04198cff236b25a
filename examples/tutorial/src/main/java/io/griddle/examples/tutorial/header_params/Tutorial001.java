package io.griddle.examples.tutorial.header_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Header;
import java.util.Collections;
import java.util.Optional;

/**
 * Header parameters: {@code @Header} reads a request header; its name is the parameter's with {@code _} as
 * {@code -}, or the one given, and is matched whatever its case.
 */
public final class Tutorial001 {

    @Get("/items/")
    public Object readItems(@Header("user-agent") Optional<String> userAgent) {
        return Collections.singletonMap("User-Agent", userAgent.orElse(null));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
