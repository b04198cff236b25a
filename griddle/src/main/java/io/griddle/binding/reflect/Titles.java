package io.griddle.binding.reflect;

import java.util.regex.Pattern;

/**
 * The titles Pydantic and FastAPI give names in the OpenAPI document, made from Java names: the binders (parameter
 * models) and the document builder use the one copy.
 *
 * <pre>{@code
 * Titles.title("readItem");          // Read Item
 * Titles.title("item_id");           // Item Id
 * Titles.aliasTitle("user-agent");   // User-Agent
 * }</pre>
 */
public final class Titles {

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private Titles() {}

    /**
     * The words of a Java or Python name, each capitalised as Python's {@code str.title()} does; a hyphen stays, as
     * Python's would ({@code x-token} is "X-Token").
     */
    public static String title(String name) {
        String spaced = CAMEL.matcher(name.replace('_', ' ')).replaceAll(" ").strip();
        return pythonTitle(spaced).replaceAll(" +", " ");
    }

    /**
     * The title Pydantic gives a field named on the wire differently from its Java name (an alias, or a header's
     * hyphenated name): Python's {@code alias.title()} with {@code _} as spaces, so {@code x-token} is
     * {@code X-Token}.
     */
    public static String aliasTitle(String alias) {
        return pythonTitle(alias).replace('_', ' ');
    }

    // Python's str.title(): each letter after a non-letter upper case, the others lower case.
    private static String pythonTitle(String text) {
        StringBuilder title = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            title.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return title.toString();
    }
}
