package io.griddle.examples.tutorial.response_status_code;

import io.griddle.App;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.StatusCode;
import java.net.HttpURLConnection;
import java.util.Map;

/** The same status named by a constant: the JDK's {@code HttpURLConnection.HTTP_CREATED} is 201. */
public final class Tutorial002 {

    @Post("/items/")
    @StatusCode(HttpURLConnection.HTTP_CREATED)
    public Object createItem(@Query String name) {
        return Map.of("name", name);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
