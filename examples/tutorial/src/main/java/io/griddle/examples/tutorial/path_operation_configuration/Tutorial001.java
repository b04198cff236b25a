package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Post;
import io.griddle.StatusCode;
import java.net.HttpURLConnection;
import java.util.Optional;
import java.util.Set;

/** The success status in the operation's configuration: 201, documented instead of 200. */
public final class Tutorial001 {

    /** An item with a set of tags. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags) {}

    @Post("/items/")
    @StatusCode(HttpURLConnection.HTTP_CREATED)
    public Item createItem(@Body Item item) {
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
