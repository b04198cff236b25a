package io.griddle.binding.validation;

import java.util.List;

/**
 * The locations of a list parameter's values ({@code ["query", "tag", 0]}, {@code ["query", "tag", 1]}, ...), made
 * once for the first values, so that binding a valid list allocates none; a longer list makes the rest as needed.
 */
public final class ElementLocations {

    private static final int KEPT = 8;

    private final List<Object> parent;
    private final List<Object>[] kept;

    /** The locations under {@code parent}, the first ones made now. */
    @SuppressWarnings("unchecked")
    public ElementLocations(List<Object> parent) {
        this.parent = parent;
        this.kept = (List<Object>[]) new List<?>[KEPT];
        for (int i = 0; i < KEPT; i++) {
            kept[i] = List.copyOf(Location.of(parent, i));
        }
    }

    /** The location of the value at {@code index}. */
    public List<Object> at(int index) {
        return index < KEPT ? kept[index] : Location.of(parent, index);
    }
}
