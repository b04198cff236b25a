package io.griddle.openapi;

import java.util.Locale;
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
 * OperationIds.title("x-token");                                      // X-Token
 * }</pre>
 */
public final class OperationIds {

    private static final Pattern NON_WORD = Pattern.compile("\\W");
    private static final Pattern CONVERTER = Pattern.compile("\\{([^}:]+):[^}]*}");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private OperationIds() {
    }

    /** {@code {name}{path}} with non-word characters as {@code _}, then {@code _{method}}. */
    public static String operationId(String handlerName, String path, String method) {
        return NON_WORD.matcher(handlerName + openApiPath(path)).replaceAll("_") + "_" + method.toLowerCase(Locale.ROOT);
    }

    /** The path without Griddle's converters, as OpenAPI writes it: {@code /burgers/{number:int}} is {@code /burgers/{number}}. */
    public static String openApiPath(String path) {
        return CONVERTER.matcher(path).replaceAll("{$1}");
    }

    /**
     * The words of a Java or Python name, each capitalised as Python's {@code str.title()} does; a hyphen stays, as
     * in FastAPI's titles ({@code user-agent} is "User-Agent").
     */
    public static String title(String name) {
        String spaced = CAMEL.matcher(name.replace('_', ' ')).replaceAll(" ").strip();
        StringBuilder title = new StringBuilder(spaced.length());
        boolean start = true;
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            title.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return title.toString().replaceAll(" +", " ");
    }
}
