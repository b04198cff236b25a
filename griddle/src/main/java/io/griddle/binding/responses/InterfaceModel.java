package io.griddle.binding.responses;

import io.griddle.binding.reflect.DeclarationOrder;
import io.griddle.binding.reflect.Types;
import io.griddle.http.Json;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An interface used as a response type, the Java form of a base model: its properties are its abstract
 * no-argument methods (record accessors, {@code String username()}), inherited ones first, each in source order.
 * A handler declared to return the interface sends only those properties of the record it returns, so a record
 * that implements the interface with more components (a password) never sends the extra ones. A property declared
 * as another such interface, or as a list, set, {@code Optional} or map of one, is filtered the same way.
 *
 * <pre>{@code
 * interface BaseUser { String username(); @Email String email(); }
 * record UserIn(String username, @Email String email, String password) implements BaseUser { }
 *
 * @Post("/user/") BaseUser createUser(@Body UserIn user) { return user; }    // {"username": ..., "email": ...}
 * }</pre>
 */
public final class InterfaceModel {

    /** One property: its JSON name and the accessor that reads it. */
    public record Property(String name, Method accessor) {}

    private final String[] names;
    private final MethodHandle[] getters;
    // Per property, what its value is written as: null to write it as it is, else the filter of a declared interface.
    private final UnaryOperator<Object>[] views;

    @SuppressWarnings("unchecked")
    private InterfaceModel(Class<?> type, Map<Class<?>, InterfaceModel> building) {
        building.put(type, this); // an interface that refers to itself (a tree) reuses this model
        List<Property> properties = properties(type);
        names = new String[properties.size()];
        getters = new MethodHandle[properties.size()];
        views = (UnaryOperator<Object>[]) new UnaryOperator<?>[properties.size()];
        for (int i = 0; i < names.length; i++) {
            Method accessor = properties.get(i).accessor();
            names[i] = properties.get(i).name();
            views[i] = view(accessor.getGenericReturnType(), building);
            try {
                accessor.setAccessible(true);
                getters[i] = MethodHandles.lookup()
                        .unreflect(accessor)
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read " + accessor + ": " + e.getMessage(), e);
            }
        }
    }

    /** Whether the type is an interface Griddle writes by its accessors: an application's, with only accessors. */
    public static boolean isModel(Class<?> type) {
        return type.isInterface()
                && !type.isAnnotation()
                && !io.griddle.binding.reflect.Unions.isUnion(type) // a union of records is written as each record
                && !isPlatform(type)
                && !properties(type).isEmpty()
                && onlyAccessors(type);
    }

    /** The properties of an interface, inherited ones first, each interface's in source order. */
    public static List<Property> properties(Class<?> type) {
        Map<String, Property> found = new LinkedHashMap<>();
        for (Class<?> declaring : hierarchy(type)) {
            for (Method method : DeclarationOrder.methods(declaring)) {
                if (isAccessor(method)) {
                    found.putIfAbsent(method.getName(), new Property(Types.jsonName(method), method));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Prepared once per handler: method handles for the accessors, and the models of nested interfaces. */
    public static InterfaceModel of(Class<?> type) {
        return new InterfaceModel(type, new HashMap<>());
    }

    /** The result's properties, in order, as JSON. */
    public byte[] write(Object value) {
        return Json.write(value == null ? null : properties(value));
    }

    // The value's properties, in order, nested interfaces filtered in turn.
    private Map<String, Object> properties(Object value) {
        Map<String, Object> properties = new LinkedHashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            Object property;
            try {
                property = (Object) getters[i].invokeExact(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            properties.put(names[i], property == null || views[i] == null ? property : views[i].apply(property));
        }
        return properties;
    }

    // How a value of the declared type is written: null when as it is (Jackson writes it by its runtime class).
    private static UnaryOperator<Object> view(Type declared, Map<Class<?>, InterfaceModel> building) {
        if (declared instanceof Class<?> type && isModel(type)) {
            InterfaceModel nested =
                    building.containsKey(type) ? building.get(type) : new InterfaceModel(type, building);
            return nested::properties;
        }
        if (!(declared instanceof ParameterizedType generic) || !(generic.getRawType() instanceof Class<?> raw)) {
            return null;
        }
        Type[] arguments = generic.getActualTypeArguments();
        UnaryOperator<Object> element = view(arguments[arguments.length - 1], building);
        if (element == null) {
            return null;
        }
        UnaryOperator<Object> each = item -> item == null ? null : element.apply(item);
        if (raw == Optional.class) {
            return value -> ((Optional<?>) value).map(each);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return value -> {
                Map<Object, Object> viewed = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((key, item) -> viewed.put(key, each.apply(item)));
                return viewed;
            };
        }
        if (Set.class.isAssignableFrom(raw)) {
            return value -> {
                Set<Object> viewed = new LinkedHashSet<>();
                ((Set<?>) value).forEach(item -> viewed.add(each.apply(item)));
                return viewed;
            };
        }
        if (Iterable.class.isAssignableFrom(raw)) {
            return value -> {
                List<Object> viewed = new ArrayList<>();
                ((Iterable<?>) value).forEach(item -> viewed.add(each.apply(item)));
                return viewed;
            };
        }
        return null;
    }

    // Super-interfaces before the interface itself, each once.
    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> order = new LinkedHashSet<>();
        for (Class<?> parent : type.getInterfaces()) {
            if (!isPlatform(parent)) {
                order.addAll(hierarchy(parent));
            }
        }
        order.add(type);
        return order;
    }

    private static boolean onlyAccessors(Class<?> type) {
        for (Class<?> declaring : hierarchy(type)) {
            for (Method method : declaring.getDeclaredMethods()) {
                if (Modifier.isAbstract(method.getModifiers()) && !isAccessor(method)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAccessor(Method method) {
        return Modifier.isAbstract(method.getModifiers())
                && method.getParameterCount() == 0
                && method.getReturnType() != void.class
                && !method.isSynthetic();
    }

    private static boolean isPlatform(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.")
                || name.startsWith("javax.")
                || name.startsWith("jakarta.")
                || name.startsWith("tools.jackson.")
                || name.startsWith("com.fasterxml.");
    }
}
