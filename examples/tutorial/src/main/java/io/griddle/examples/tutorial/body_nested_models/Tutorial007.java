package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Post;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Deeply nested models: an offer holds items, which hold images. */
public final class Tutorial007 {

    /** An image whose URL is validated. */
    public record Image(URI url, String name) {}

    /** An item with tags and optional images. */
    public record Item(
            String name,
            Optional<String> description,
            double price,
            Optional<Double> tax,
            @Default({}) Set<String> tags,
            Optional<List<Image>> images) {}

    /** An offer of several items. */
    public record Offer(String name, Optional<String> description, double price, List<Item> items) {}

    @Post("/offers/")
    public Offer createOffer(@Body Offer offer) {
        return offer;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial007());
    }
}
