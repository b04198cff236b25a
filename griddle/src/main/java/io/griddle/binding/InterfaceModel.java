package io.griddle.binding;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.griddle.http.Json;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An interface used as a response type, the Java form of a base model: its properties are its abstract
 * no-argument methods (record accessors, {@code String username()}), inherited ones first, each in source order.
 * A handler declared to return the interface sends only those properties of the record it returns, so a record
 * that implements the interface with more components (a password) never sends the extra ones.
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
    public record Property(String name, Method accessor) {
    }

    private final String[] names;
    private final MethodHandle[] getters;

    private InterfaceModel(List<Property> properties) {
        names = new String[properties.size()];
        getters = new MethodHandle[properties.size()];
        for (int i = 0; i < names.length; i++) {
            Method accessor = properties.get(i).accessor();
            names[i] = properties.get(i).name();
            try {
                accessor.setAccessible(true);
                getters[i] = MethodHandles.lookup().unreflect(accessor)
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read " + accessor + ": " + e.getMessage(), e);
            }
        }
    }

    /** Whether the type is an interface Griddle writes by its accessors: an application's, with only accessors. */
    public static boolean isModel(Class<?> type) {
        return type.isInterface() && !type.isAnnotation() && !isPlatform(type) && !properties(type).isEmpty()
                && onlyAccessors(type);
    }

    /** The properties of an interface, inherited ones first, each interface's in source order. */
    public static List<Property> properties(Class<?> type) {
        Map<String, Property> found = new LinkedHashMap<>();
        for (Class<?> declaring : hierarchy(type)) {
            for (Method method : DeclarationOrder.methods(declaring)) {
                if (isAccessor(method)) {
                    JsonProperty renamed = method.getAnnotation(JsonProperty.class);
                    String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : method.getName();
                    found.putIfAbsent(method.getName(), new Property(name, method));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Prepared once per handler: method handles for the accessors. */
    static InterfaceModel of(Class<?> type) {
        return new InterfaceModel(properties(type));
    }

    /** The result's properties, in order, as JSON. */
    byte[] write(Object value) {
        if (value == null) {
            return Json.write(null);
        }
        Map<String, Object> properties = new LinkedHashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            try {
                properties.put(names[i], (Object) getters[i].invokeExact(value));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        return Json.write(properties);
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
        return Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
                && method.getReturnType() != void.class && !method.isSynthetic();
    }

    private static boolean isPlatform(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.")
                || name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.");
    }

}
