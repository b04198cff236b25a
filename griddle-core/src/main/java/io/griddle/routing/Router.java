package io.griddle.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the route for a method and path. Routes without parameters are found with one hash lookup; routes with
 * parameters are tried in the order they were added. A literal path wins over a parameterized one, whatever the
 * order ({@code /users/me} before {@code /users/{id}}).
 *
 * <pre>{@code
 * Router router = new Router();
 * router.add(new Route(Set.of("GET"), "/burgers/{id:int}", Endpoint.blocking(shop::burger)));
 * router.match("GET", "/burgers/7");   // Found(route, {id=7})
 * }</pre>
 */
public final class Router {

    private final Map<String, List<Route>> literal = new HashMap<>();
    private final List<Route> parameterized = new ArrayList<>();
    private final List<Route> named = new ArrayList<>();

    /** A router without routes. */
    public Router() {}

    /** Adds a route. */
    public Router add(Route route) {
        if (route.path().isStatic()) {
            literal.computeIfAbsent(route.path().template(), p -> new ArrayList<>(2))
                    .add(route);
        } else {
            parameterized.add(route);
        }
        if (route.name() != null) {
            named.add(route);
        }
        return this;
    }

    /**
     * The path of the first route (in the order added) with that name whose parameters are exactly the given ones,
     * filled in ({@link PathPattern#expand}); {@code null} when there is none.
     *
     * <pre>{@code router.pathFor("readItem", Map.of("id", "foo"));   // "/items/foo"}</pre>
     */
    public String pathFor(String name, Map<String, ?> params) {
        for (Route route : named) {
            if (route.name().equals(name)) {
                String path = route.path().expand(params);
                if (path != null) {
                    return path;
                }
            }
        }
        return null;
    }

    /** Every route, literal ones first. */
    public List<Route> routes() {
        List<Route> all = new ArrayList<>();
        literal.values().forEach(all::addAll);
        all.addAll(parameterized);
        return all;
    }

    /** Finds the route for a request. */
    public RouteMatch match(String method, String path) {
        Set<String> allowed = null;
        List<Route> candidates = literal.get(path);
        if (candidates != null) {
            for (Route route : candidates) {
                if (route.allows(method)) {
                    return new RouteMatch.Found(route, Map.of());
                }
            }
            allowed = new LinkedHashSet<>();
            for (Route route : candidates) {
                allowed.addAll(route.methods());
            }
        }
        for (Route route : parameterized) {
            Map<String, Object> params = route.path().match(path);
            if (params == null) {
                continue;
            }
            if (route.allows(method)) {
                return new RouteMatch.Found(route, params);
            }
            if (allowed == null) {
                allowed = new LinkedHashSet<>();
            }
            allowed.addAll(route.methods());
        }
        return allowed == null ? RouteMatch.NotFound.INSTANCE : new RouteMatch.MethodNotAllowed(allowed);
    }
}
