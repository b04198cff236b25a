package io.griddle.openapi.document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value made once per root path (the docs page, the document's bytes) and kept: root paths come from the
 * server's configuration and the mounts, so there are few; past {@value #KEPT} of them, values are made anew.
 */
final class PerRootPath<T> {

    static final int KEPT = 32;

    private final Function<String, T> make;
    private final Map<String, T> kept = new ConcurrentHashMap<>();

    PerRootPath(Function<String, T> make) {
        this.make = make;
    }

    T get(String rootPath) {
        T value = kept.get(rootPath);
        if (value == null) {
            value = make.apply(rootPath);
            if (kept.size() < KEPT) {
                kept.putIfAbsent(rootPath, value);
            }
        }
        return value;
    }
}
