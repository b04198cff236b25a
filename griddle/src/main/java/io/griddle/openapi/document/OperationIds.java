package io.griddle.openapi.document;

import io.griddle.binding.Description;
import io.griddle.openapi.OperationRoute;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * FastAPI's naming rules for operations: the operationId is the handler's name, then the path with every non-word
 * character replaced by {@code _}, then {@code _} and the lower-case method; the summary and titles are the name
 * split into capitalised words. Java names are camelCase and are kept as they are in operationIds.
 *
 * <pre>{@code
 * OperationIds.operationId("readItem", "/items/{item_id}", "GET");   // readItem_items__item_id__get
 * OperationIds.title("readItem");                                     // Read Item
 * OperationIds.title("item_id");                                      // Item Id
 * OperationIds.aliasTitle("user-agent");                              // User-Agent
 * }</pre>
 */
public final class OperationIds {

    private static final Pattern NON_WORD = Pattern.compile("\\W");
    private static final Pattern CONVERTER = Pattern.compile("\\{([^}:]+):[^}]*}");

    private OperationIds() {}

    /** {@code {name}{path}} with non-word characters as {@code _}, then {@code _{method}}. */
    public static String operationId(String handlerName, String path, String method) {
        return NON_WORD.matcher(handlerName + openApiPath(path)).replaceAll("_") + "_"
                + method.toLowerCase(Locale.ROOT);
    }

    /**
     * The route's operationId: its own ({@code @Operation(operationId = ...)}), else the generator's, else
     * {@code {name}{path}_{method}}.
     */
    static String uniqueId(Description route, Function<OperationRoute, String> generator) {
        if (route.docs().operationId() != null) {
            return route.docs().operationId();
        }
        if (generator != null) {
            String id = generator.apply(new OperationRoute(
                    route.handlerName(),
                    openApiPath(route.path()),
                    route.method(),
                    route.docs().tags()));
            if (id == null || id.isEmpty()) {
                throw new IllegalStateException(
                        "the operationId generator gave no id for " + route.method() + " " + route.path());
            }
            return id;
        }
        return operationId(route.handlerName(), route.path(), route.method());
    }

    /** The path without Griddle's converters, as OpenAPI writes it: {@code /burgers/{number:int}} is {@code /burgers/{number}}. */
    public static String openApiPath(String path) {
        return CONVERTER.matcher(path).replaceAll("{$1}");
    }

    /**
     * FastAPI's title of a response schema that is not a reference: {@code Response_{uniqueId}} as Python's
     * {@code title()} writes it, underscores as spaces ("Response Read Items Items  Get"). The handler's part is its
     * words, so a Java name reads as the Python one would.
     */
    public static String responseTitle(
            String handlerName, String operationId, String path, String method, boolean overridden) {
        if (overridden) {
            return aliasTitle("Response_" + operationId);
        }
        String rest = NON_WORD.matcher(openApiPath(path)).replaceAll("_") + "_" + method.toLowerCase(Locale.ROOT);
        return "Response " + title(handlerName) + aliasTitle(rest);
    }

    /**
     * The words of a Java or Python name, each capitalised as Python's {@code str.title()} does; a hyphen stays, as
     * Python's would ({@code x-token} is "X-Token").
     */
    public static String title(String name) {
        return io.griddle.binding.reflect.Titles.title(name);
    }

    /**
     * The title Pydantic gives a field named on the wire differently from its Java name (an alias, or a header's
     * hyphenated name): Python's {@code alias.title()} with {@code _} as spaces, so {@code x-token} is
     * {@code X-Token}.
     */
    public static String aliasTitle(String alias) {
        return io.griddle.binding.reflect.Titles.aliasTitle(alias);
    }
}
