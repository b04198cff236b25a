package io.griddle.examples.tutorial.header_params;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Header;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A header sent several times: a {@code List} parameter gets every value, in order. */
public final class Tutorial003 {

    @Get("/items/")
    public Object readItems(@Header("x-token") Optional<List<String>> xToken) {
        return Collections.singletonMap("X-Token values", xToken.orElse(null));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial003());
    }
}
