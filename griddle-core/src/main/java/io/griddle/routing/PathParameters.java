package io.griddle.routing;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The converted parameters of one matched path, in template order: an unmodifiable map over the template's names
 * (shared by every match) and this match's values, so a match costs one small array.
 */
final class PathParameters extends AbstractMap<String, Object> {

    private final List<String> names;
    private final Object[] values;

    PathParameters(List<String> names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    @Override
    public Object get(Object key) {
        int index = names.indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return names.contains(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = Map.entry(names.get(next), values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
