package io.griddle.binding.reflect;

import java.util.List;

/**
 * A sealed interface whose permitted subclasses are all records is the Java form of a union of models
 * ({@code PlaneItem | CarItem}): as a response type it is documented as {@code anyOf} the records, in the order
 * {@code permits} lists them, and a result is written as the record it is.
 *
 * <pre>{@code
 * sealed interface Vehicle permits PlaneItem, CarItem { String description(); }
 * Unions.isUnion(Vehicle.class);       // true
 * Unions.alternatives(Vehicle.class);  // [PlaneItem, CarItem]
 * }</pre>
 */
public final class Unions {

    private Unions() {}

    /** Whether the type is a sealed interface whose permitted subclasses are all records. */
    public static boolean isUnion(Class<?> type) {
        if (!type.isInterface() || !type.isSealed()) {
            return false;
        }
        for (Class<?> permitted : type.getPermittedSubclasses()) {
            if (!permitted.isRecord()) {
                return false;
            }
        }
        return type.getPermittedSubclasses().length > 0;
    }

    /** The records of a union, in the order {@code permits} lists them. */
    public static List<Class<?>> alternatives(Class<?> union) {
        return List.of(union.getPermittedSubclasses());
    }
}
