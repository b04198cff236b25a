package io.griddle.routing;

import java.util.Map;

/**
 * Finds the path of a named route or mount, as Starlette's {@code url_path_for}. A {@code WebApp} is one (its
 * routes, then its mounts), and so is an application that can be mounted, so that names inside a mount are found
 * as {@code "mountName:routeName"}.
 *
 * <pre>{@code
 * String path = app.pathFor("readItem", Map.of("id", 7));                 // "/items/7"
 * String css = app.pathFor("static", Map.of("path", "/styles.css"));      // "/static/styles.css"
 * }</pre>
 */
@FunctionalInterface
public interface UrlPaths {

    /**
     * The path, from this application's root (without its root path), of the route or mount with that name whose
     * parameters are exactly the given ones; {@code null} when there is none.
     */
    String pathFor(String name, Map<String, ?> params);
}
