package io.griddle.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A small, mutable {@link Headers} kept as a flat array of names and values: cheap to build for a response, and
 * a linear scan is faster than hashing for the handful of fields a response carries. Not thread-safe.
 */
public final class HeaderList implements Headers {

    private String[] fields;
    private int size;

    public HeaderList() {
        this(4);
    }

    public HeaderList(int capacity) {
        this.fields = new String[Math.max(2, capacity * 2)];
    }

    /** Appends a field, keeping any earlier one of the same name. */
    public HeaderList add(String name, String value) {
        if (size * 2 == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[size * 2] = name;
        fields[size * 2 + 1] = value;
        size++;
        return this;
    }

    /** Replaces every field of that name by one with this value. */
    public HeaderList set(String name, String value) {
        remove(name);
        return add(name, value);
    }

    /** Removes every field of that name; answers whether there was one. */
    public boolean remove(String name) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!fields[i * 2].equalsIgnoreCase(name)) {
                fields[kept * 2] = fields[i * 2];
                fields[kept * 2 + 1] = fields[i * 2 + 1];
                kept++;
            }
        }
        boolean removed = kept != size;
        Arrays.fill(fields, kept * 2, size * 2, null);
        size = kept;
        return removed;
    }

    @Override
    public String get(String name) {
        for (int i = 0; i < size; i++) {
            if (fields[i * 2].equalsIgnoreCase(name)) {
                return fields[i * 2 + 1];
            }
        }
        return null;
    }

    @Override
    public List<String> getAll(String name) {
        List<String> values = new ArrayList<>(1);
        for (int i = 0; i < size; i++) {
            if (fields[i * 2].equalsIgnoreCase(name)) {
                values.add(fields[i * 2 + 1]);
            }
        }
        return values;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(fields[i * 2], fields[i * 2 + 1]);
        }
    }

    /** The name of the i-th field. */
    public String name(int i) {
        return fields[i * 2];
    }

    /** The value of the i-th field. */
    public String value(int i) {
        return fields[i * 2 + 1];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        forEach((n, v) -> text.append(text.length() > 1 ? ", " : "")
                .append(n)
                .append(": ")
                .append(v));
        return text.append('}').toString();
    }
}
