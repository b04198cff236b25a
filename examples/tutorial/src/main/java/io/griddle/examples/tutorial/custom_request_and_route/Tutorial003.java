package io.griddle.examples.tutorial.custom_request_and_route;

import io.griddle.ApiRouter;
import io.griddle.App;
import io.griddle.Get;
import io.griddle.web.Middleware;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A route wrapper on one router only: the routes of the router made with {@link #TIMED_ROUTE} answer with an
 * {@code X-Response-Time} header (seconds), the app's other routes do not. FastAPI's {@code TimedRoute} route class,
 * given to {@code APIRouter(route_class=TimedRoute)}, is router middleware ({@link ApiRouter#use}).
 */
public final class Tutorial003 {

    private static final Logger LOG = LoggerFactory.getLogger(Tutorial003.class);

    /** FastAPI's {@code TimedRoute}: times the route and puts the duration, in seconds, in a header. */
    public static final Middleware TIMED_ROUTE = (request, next) -> {
        long before = System.nanoTime();
        return next.handle(request).thenApply(response -> {
            double duration = (System.nanoTime() - before) / 1e9;
            response.header("X-Response-Time", Double.toString(duration));
            LOG.info("route duration: {}", duration);
            LOG.info("route response: {}", response);
            return response;
        });
    };

    /** The app's own routes, not timed. */
    public static final class NotTimed {
        @Get("/")
        public Object notTimed() {
            return Map.of("message", "Not timed");
        }
    }

    @Get("/timed")
    public Object timed() {
        return Map.of("message", "It's the time of my life");
    }

    /** The app: {@link NotTimed} directly, this class through the timed router. */
    public static App app() {
        ApiRouter router = ApiRouter.create().use(TIMED_ROUTE).include(new Tutorial003());
        return App.create().include(new NotTimed()).include(router);
    }
}
