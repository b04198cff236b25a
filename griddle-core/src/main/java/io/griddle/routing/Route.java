package io.griddle.routing;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A method set and a path template bound to an endpoint, with an optional name to build its URL by
 * ({@link io.griddle.http.Request#urlFor}). A route that answers GET also answers HEAD (the server sends the
 * headers without the body), as Starlette's routes do.
 */
public final class Route {

    private final Set<String> methods;
    private final PathPattern path;
    private final Endpoint endpoint;
    private final String description;
    private final String name;

    /** A route without a name. */
    public Route(Set<String> methods, String path, Endpoint endpoint) {
        this(null, methods, path, endpoint);
    }

    /**
     * A named route: {@code request.urlFor(name, params)} gives its URL.
     *
     * <pre>{@code new Route("readItem", Set.of("GET"), "/items/{id}", endpoint); }</pre>
     *
     * @param name the name URLs are built by, or {@code null} for none
     */
    public Route(String name, Set<String> methods, String path, Endpoint endpoint) {
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException("a route's name is not empty: " + path);
        }
        this.name = name;
        Set<String> normalized = new LinkedHashSet<>();
        for (String method : methods) {
            normalized.add(method.toUpperCase(Locale.ROOT));
        }
        if (normalized.contains("GET")) {
            normalized.add("HEAD");
        }
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one method: " + path);
        }
        this.methods = Set.copyOf(normalized);
        this.path = PathPattern.compile(path);
        this.endpoint = endpoint;
        this.description = String.join(",", methods) + " " + path;
    }

    /** The name URLs are built by ({@code readItem}), or {@code null}. */
    public String name() {
        return name;
    }

    public Set<String> methods() {
        return methods;
    }

    public PathPattern path() {
        return path;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** Whether the route answers the method. */
    public boolean allows(String method) {
        return methods.contains(method);
    }

    /** {@code GET /burgers/{id:int}}: how logs and the watchdog name the route. */
    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
