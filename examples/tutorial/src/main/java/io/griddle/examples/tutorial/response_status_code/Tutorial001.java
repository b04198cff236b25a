package io.griddle.examples.tutorial.response_status_code;

import io.griddle.App;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.StatusCode;
import java.util.Map;

/** The status of a successful response: {@code @StatusCode(201)}, documented as the operation's success response. */
public final class Tutorial001 {

    @Post("/items/")
    @StatusCode(201)
    public Object createItem(@Query String name) {
        return Map.of("name", name);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
