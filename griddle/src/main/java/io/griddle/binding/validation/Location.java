package io.griddle.binding.validation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;

/**
 * A location one step below another ({@code ["body", "items", 3]} is {@code ["body", "items"]} and {@code 3}), made
 * without copying its parent: binding a valid list of n elements at depth d makes n small objects, not n copies of
 * d steps. An issue copies the location it reports ({@code RequestValidationError.Issue}), in one pass.
 */
public final class Location extends AbstractList<Object> implements RandomAccess {

    private final List<Object> parent;
    private final Object step;
    private final int size;

    private Location(List<Object> parent, Object step) {
        this.parent = parent;
        this.step = step;
        this.size = parent.size() + 1;
    }

    /** The location of {@code step} under {@code parent}. */
    public static List<Object> of(List<Object> parent, Object step) {
        return new Location(parent, step);
    }

    @Override
    public Object get(int index) {
        if (index == size - 1) {
            return step;
        }
        return parent.get(index); // walks up the steps; traversals go through toArray instead
    }

    @Override
    public int size() {
        return size;
    }

    // Every traversal (equals, hashCode, a copy, writing it out) walks the steps once, not once per element.
    @Override
    public Iterator<Object> iterator() {
        return Arrays.asList(toArray()).iterator();
    }

    @Override
    public ListIterator<Object> listIterator(int index) {
        return Collections.unmodifiableList(Arrays.asList(toArray())).listIterator(index);
    }

    @Override
    public Object[] toArray() {
        Object[] steps = new Object[size];
        List<Object> at = this;
        int i = size - 1;
        while (at instanceof Location location) {
            steps[i--] = location.step;
            at = location.parent;
        }
        for (int j = 0; j <= i; j++) {
            steps[j] = at.get(j);
        }
        return steps;
    }
}
