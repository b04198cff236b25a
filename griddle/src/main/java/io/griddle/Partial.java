package io.griddle;

import io.griddle.binding.reflect.Types;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A JSON body read as a record that remembers which fields the request set, as Pydantic's
 * {@code item.model_dump(exclude_unset=True)} with {@code model_copy(update=...)}: for partial updates with
 * {@code PATCH}. The body is validated as the record (defaults fill in, 422 as for {@code @Body T}); the document
 * shows the record's schema.
 *
 * <pre>{@code
 * @Patch("/items/{item_id}")
 * Item update(@Path String item_id, @Body Partial<Item> item) {
 *     Item updated = item.applyTo(items.get(item_id)); // only the fields the JSON object named
 *     items.put(item_id, updated);
 *     return updated;
 * }
 * }</pre>
 *
 * @param <T>   the record
 * @param value the body as the record, defaults in place of the fields not sent
 * @param set   the JSON names of the fields the body sent
 */
public record Partial<T extends Record>(T value, Set<String> set) {

    /** A partial body; {@code set} is copied. */
    public Partial {
        Objects.requireNonNull(value, "value");
        set = Set.copyOf(set);
    }

    /** Whether the body sent the field of this JSON name. */
    public boolean isSet(String jsonName) {
        return set.contains(jsonName);
    }

    /** A copy of {@code stored} with the fields the body sent taken from {@link #value()}, the others kept. */
    public T applyTo(T stored) {
        if (stored.getClass() != value.getClass()) {
            throw new IllegalArgumentException(
                    "a Partial of " + value.getClass().getSimpleName() + " applies to the same" + " record, not "
                            + stored.getClass().getSimpleName());
        }
        Shape shape = SHAPES.get(value.getClass());
        Object[] args = new Object[shape.names.length];
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = shape.accessors[i].invoke(set.contains(shape.names[i]) ? value : stored);
            }
            @SuppressWarnings("unchecked")
            T updated = (T) shape.constructor.invoke(args);
            return updated;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot copy " + value.getClass().getName(), e);
        }
    }

    // A record's JSON names, accessors and canonical constructor, found once per class.
    private record Shape(String[] names, MethodHandle[] accessors, MethodHandle constructor) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            MethodHandle[] accessors = new MethodHandle[components.length];
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                for (int i = 0; i < components.length; i++) {
                    names[i] = Types.jsonName(components[i]);
                    components[i].getAccessor().setAccessible(true);
                    accessors[i] = lookup.unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
                var canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                MethodHandle constructor = lookup.unreflectConstructor(canonical)
                        .asSpreader(Object[].class, components.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
                return new Shape(names, accessors, constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot read record " + type.getName(), e);
            }
        }
    };
}
