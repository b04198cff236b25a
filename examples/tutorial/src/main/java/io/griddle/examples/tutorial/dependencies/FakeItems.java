package io.griddle.examples.tutorial.dependencies;

import java.util.List;
import java.util.Map;

/** The tutorials' fake database of items, and Python's slice of it. */
final class FakeItems {

    static final List<Map<String, String>> DB =
            List.of(Map.of("item_name", "Foo"), Map.of("item_name", "Bar"), Map.of("item_name", "Baz"));

    private FakeItems() {}

    /** {@code DB[skip : skip + limit]} with Python's rules: negative indexes count from the end, bounds clamp. */
    static List<Map<String, String>> slice(int skip, int limit) {
        int from = index(skip);
        int to = index(skip + limit);
        return to <= from ? List.of() : DB.subList(from, to);
    }

    private static int index(int i) {
        int size = DB.size();
        return i < 0 ? Math.max(0, size + i) : Math.min(i, size);
    }
}
