package io.griddle.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * HTTP header fields: an ordered list of name/value pairs whose names compare case-insensitively. A server may
 * implement it as a view over its own header storage, so that nothing is copied.
 *
 * <pre>{@code
 * Headers headers = Headers.of("content-type", "application/json", "x-trace", "42");
 * headers.get("Content-Type");  // "application/json"
 * }</pre>
 */
public interface Headers {

    /** The first value of the named field, or {@code null}. */
    String get(String name);

    /** Every value of the named field, in order; empty when absent. */
    List<String> getAll(String name);

    /** Whether the named field is present. */
    default boolean contains(String name) {
        return get(name) != null;
    }

    /** The number of fields (a field given twice counts twice). */
    int size();

    /** Calls the action for each field, in order. */
    void forEach(BiConsumer<String, String> action);

    /** The fields as a list of entries, in order. */
    default List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> list = new ArrayList<>(size());
        forEach((name, value) -> list.add(Map.entry(name, value)));
        return list;
    }

    /** Headers from alternating names and values. */
    static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Headers.of takes names and values in pairs");
        }
        HeaderList list = new HeaderList(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return list;
    }

    /** No headers. */
    Headers EMPTY = new HeaderList(0);
}
