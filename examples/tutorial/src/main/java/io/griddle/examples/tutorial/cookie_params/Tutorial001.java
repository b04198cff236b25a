package io.griddle.examples.tutorial.cookie_params;

import io.griddle.App;
import io.griddle.Cookie;
import io.griddle.Get;
import java.util.Collections;
import java.util.Optional;

/** Cookie parameters: {@code @Cookie} reads one cookie of the request's {@code Cookie} header by name. */
public final class Tutorial001 {

    @Get("/items/")
    public Object readItems(@Cookie("ads_id") Optional<String> adsId) {
        return Collections.singletonMap("ads_id", adsId.orElse(null));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
