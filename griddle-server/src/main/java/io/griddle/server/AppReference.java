package io.griddle.server;

import io.griddle.gateway.Gateway;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Finds an application from a reference such as {@code com.example.Shop:app}, as {@code uvicorn main:app} does:
 * the class, then a static field {@code app} or a static no-argument method {@code app()} returning a
 * {@link Gateway} (an {@code App}, a {@code WebApp}, ...). With {@code factory}, it must be the method.
 */
final class AppReference {

    private AppReference() {}

    /** Loads the application; the exception message says, in one line, what was wrong. */
    static Gateway load(String reference, boolean factory, ClassLoader loader) {
        int colon = reference.lastIndexOf(':');
        if (colon <= 0 || colon == reference.length() - 1) {
            throw new IllegalArgumentException(
                    "Error loading app \"" + reference + "\": write CLASS:ATTRIBUTE, e.g. com.example.Shop:app");
        }
        String className = reference.substring(0, colon);
        String member = reference.substring(colon + 1);
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException(
                    "Error loading app \"" + reference + "\": class " + className + " not found on the class path");
        }
        Object app = factory ? callFactory(type, member, reference) : readFieldOrFactory(type, member, reference);
        if (!(app instanceof Gateway gateway)) {
            throw new IllegalArgumentException("Error loading app \"" + reference + "\": it is "
                    + (app == null ? "null" : "a " + app.getClass().getName()) + ", not an application (a Gateway)");
        }
        return gateway;
    }

    private static Object readFieldOrFactory(Class<?> type, String member, String reference) {
        try {
            Field field = type.getDeclaredField(member);
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new IllegalArgumentException(
                        "Error loading app \"" + reference + "\": field " + member + " is not static");
            }
            field.setAccessible(true);
            return field.get(null);
        } catch (NoSuchFieldException noField) {
            return callFactory(type, member, reference);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("Error loading app \"" + reference + "\": " + e.getMessage());
        }
    }

    private static Object callFactory(Class<?> type, String member, String reference) {
        Method method;
        try {
            method = type.getDeclaredMethod(member);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("Error loading app \"" + reference + "\": " + type.getName()
                    + " has no static field " + member + " nor static method " + member + "()");
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new IllegalArgumentException(
                    "Error loading app \"" + reference + "\": method " + member + "() is not static");
        }
        try {
            method.setAccessible(true);
            return method.invoke(null);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(
                    "Error loading app \"" + reference + "\": " + member + "() failed: " + cause);
        }
    }
}
