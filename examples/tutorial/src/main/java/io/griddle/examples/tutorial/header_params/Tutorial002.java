package io.griddle.examples.tutorial.header_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Header;
import java.util.Collections;
import java.util.Optional;

/**
 * A header whose name keeps its underscore: the name given to {@code @Header} is used as it is (FastAPI's
 * {@code convert_underscores=False}), so {@code strange-header} is not it.
 */
public final class Tutorial002 {

    @Get("/items/")
    public Object readItems(@Header("strange_header") Optional<String> strangeHeader) {
        return Collections.singletonMap("strange_header", strangeHeader.orElse(null));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
