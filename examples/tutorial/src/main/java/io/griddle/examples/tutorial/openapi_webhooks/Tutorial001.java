package io.griddle.examples.tutorial.openapi_webhooks;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Operation;
import io.griddle.Post;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A webhook: a request this API sends to a URL its users register, documented under the document's
 * {@code webhooks} by the event's name ({@code app.webhooks(...)}, FastAPI's {@code @app.webhooks.post}).
 */
public final class Tutorial001 {

    /** What is sent when a user subscribes. */
    public record Subscription(String username, double monthly_fee, OffsetDateTime start_date) {}

    /** The webhooks: documented, never served. */
    public static final class Webhooks {
        @Operation(description = """
                When a new user subscribes to your service we'll send you a POST request with this
                data to the URL that you register for the event `new-subscription` in the dashboard.""")
        @Post("new-subscription")
        public void newSubscription(@Body Subscription body) {}
    }

    @Get("/users/")
    public Object readUsers() {
        return List.of("Rick", "Morty");
    }

    /** The app. */
    public static App app() {
        return App.create().webhooks(new Webhooks()).include(new Tutorial001());
    }
}
