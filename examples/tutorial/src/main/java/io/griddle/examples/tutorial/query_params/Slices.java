package io.griddle.examples.tutorial.query_params;

import java.util.List;

/** Python's {@code items[start:end]} for lists: negative bounds count from the end, bounds out of range are clamped. */
final class Slices {

    private Slices() {}

    static <T> List<T> slice(List<T> items, long start, long end) {
        int size = items.size();
        int from = bound(start, size);
        int to = bound(end, size);
        return from >= to ? List.of() : items.subList(from, to);
    }

    private static int bound(long index, int size) {
        long resolved = index < 0 ? index + size : index;
        return (int) Math.max(0, Math.min(size, resolved));
    }
}
