package io.griddle.examples.tutorial.custom_request_and_route;

import io.griddle.ApiRouter;
import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import io.griddle.web.Middleware;
import java.util.List;
import java.util.Map;

/**
 * A custom request for a group of routes: each request gets a {@link GzipRequest} body decoder, so a body sent
 * gzip-compressed is bound as if it had been sent plain. FastAPI's custom route class ({@code GzipRoute}, whose
 * handler swaps in the custom request) is router middleware that sets the decoder before the route reads the body;
 * FastAPI's {@code app.router.route_class = GzipRoute} (every route of the app) is including the routes through
 * that router.
 */
public final class Tutorial001 {

    /** FastAPI's {@code GzipRoute}: every request of the router's routes is a {@link GzipRequest}. */
    public static final Middleware GZIP_ROUTE = (request, next) -> {
        request.decodeBody(new GzipRequest());
        return next.handle(request);
    };

    @Post("/sum")
    public Object sumNumbers(@Body List<Integer> numbers) {
        return Map.of("sum", numbers.stream().mapToInt(Integer::intValue).sum());
    }

    /** The app's router, with {@link #GZIP_ROUTE} around its routes; include the app's controllers in it. */
    public static ApiRouter router() {
        return ApiRouter.create().use(GZIP_ROUTE);
    }

    /** The app. */
    public static App app() {
        return App.create().include(router().include(new Tutorial001()));
    }
}
