package io.griddle.openapi;

import java.util.List;

/**
 * What an operationId generator sees of a route, as the {@code APIRoute} FastAPI passes to
 * {@code generate_unique_id_function}: its handler's name, path, method and tags.
 *
 * <pre>{@code
 * App.create().generateUniqueId(route -> route.tags().get(0) + "-" + route.name());   // items-readItems
 * }</pre>
 *
 * @param name   the Java method's name, {@code readItems}
 * @param path   the path as OpenAPI writes it, prefixes included ({@code /items/{item_id}})
 * @param method the HTTP method, upper case ({@code GET})
 * @param tags   the operation's tags, routers' first
 */
public record OperationRoute(String name, String path, String method, List<String> tags) {}
