package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import java.net.URI;
import java.util.List;

/** A list as the whole body: {@code [{"url": ..., "name": ...}, ...]}. */
public final class Tutorial008 {

    /** An image whose URL is validated. */
    public record Image(URI url, String name) {}

    @Post("/images/multiple/")
    public List<Image> createMultipleImages(@Body List<Image> images) {
        return images;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial008());
    }
}
