package io.griddle.routing;

import java.util.Map;
import java.util.Set;

/** The router's answer for a method and path. */
public sealed interface RouteMatch {

    /** A route answers. */
    record Found(Route route, Map<String, Object> params) implements RouteMatch {}

    /** Routes match the path, but none the method; {@code allowed} feeds the {@code Allow} header. */
    record MethodNotAllowed(Set<String> allowed) implements RouteMatch {}

    /** No route matches the path. */
    record NotFound() implements RouteMatch {
        static final NotFound INSTANCE = new NotFound();
    }
}
