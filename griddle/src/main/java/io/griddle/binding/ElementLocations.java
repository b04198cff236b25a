package io.griddle.binding;

import java.util.List;

/**
 * The locations of a list parameter's values ({@code ["query", "tag", 0]}, {@code ["query", "tag", 1]}, ...), made
 * once for the first values, so that binding a valid list allocates none; a longer list makes the rest as needed.
 */
final class ElementLocations {

    private static final int KEPT = 8;

    private final List<Object> parent;
    private final List<Object>[] kept;

    @SuppressWarnings("unchecked")
    ElementLocations(List<Object> parent) {
        this.parent = parent;
        this.kept = new List[KEPT];
        for (int i = 0; i < KEPT; i++) {
            kept[i] = List.copyOf(JsonBinders.append(parent, i));
        }
    }

    List<Object> at(int index) {
        return index < KEPT ? kept[index] : JsonBinders.append(parent, index);
    }
}
