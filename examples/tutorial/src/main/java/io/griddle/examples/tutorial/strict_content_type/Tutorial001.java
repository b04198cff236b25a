package io.griddle.examples.tutorial.strict_content_type;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;

/**
 * Strict content type turned off: a JSON body sent without a {@code Content-Type} header is still parsed as JSON
 * (for clients that send none); one sent as {@code text/plain} is still refused.
 */
public final class Tutorial001 {

    /** The item: a name and a price. */
    public record Item(String name, double price) {}

    @Post("/items/")
    public Item createItem(@Body Item item) {
        return item;
    }

    /** The app, lax about a missing content type ({@code FastAPI(strict_content_type=False)}). */
    public static App app() {
        return App.create().strictContentType(false).include(new Tutorial001());
    }
}
