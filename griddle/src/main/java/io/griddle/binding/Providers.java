package io.griddle.binding;

import io.griddle.Blocking;
import io.griddle.DependencyOverrides;
import io.griddle.NonBlocking;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The application's dependency providers: one {@link Slot} per provider class, holding the prepared plan of its
 * {@code provide} method (binders, a method handle bound to the instance, where it runs). Overrides swap a slot's
 * plan; routes look plans up through their slots, so an override takes effect for the next request.
 */
public final class Providers implements DependencyOverrides {

    /** Where one provider class's plan lives; routes hold the slot, never the plan. */
    public static final class Slot {
        final Class<?> type;
        volatile Plan plan;
        boolean overridden;

        Slot(Class<?> type) {
            this.type = type;
        }

        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    /** A provider prepared for calls: its binders and handle, and whether it blocks or returns a stage. */
    record Plan(Object instance, ParameterBinders.Signature signature, MethodHandle handle, boolean blocking,
                boolean returnsStage) {
    }

    private final Map<Class<?>, Slot> slots = new HashMap<>();
    private final Map<Class<?>, Object> instances = new HashMap<>();
    private volatile int version;

    /** Uses this instance of the provider class instead of one made with its no-argument constructor. */
    public synchronized void register(Class<?> type, Object instance) {
        if (!type.isInstance(instance)) {
            throw new IllegalArgumentException(instance + " is not a " + type.getName());
        }
        instances.put(type, instance);
        Slot slot = slots.get(type);
        if (slot != null && !slot.overridden) {
            slot.plan = plan(instance);
            version++;
        }
    }

    /** The slot of a provider class, its plan prepared (and its own dependencies' slots with it). */
    synchronized Slot slot(Class<?> type) {
        Slot slot = slots.get(type);
        if (slot == null) {
            slot = new Slot(type);
            slots.put(type, slot);
            try {
                slot.plan = plan(instance(type));
            } catch (RuntimeException e) {
                slots.remove(type);
                throw e;
            }
        }
        return slot;
    }

    /** Changes whenever a plan changes, so that routes recompute their resolution order. */
    int version() {
        return version;
    }

    @Override
    public synchronized DependencyOverrides put(Class<?> provider, Object replacement) {
        Slot slot = slot(provider);
        slot.plan = plan(replacement);
        slot.overridden = true;
        version++;
        return this;
    }

    @Override
    public synchronized DependencyOverrides remove(Class<?> provider) {
        Slot slot = slots.get(provider);
        if (slot != null && slot.overridden) {
            slot.plan = plan(instance(provider));
            slot.overridden = false;
            version++;
        }
        return this;
    }

    @Override
    public synchronized DependencyOverrides clear() {
        for (Class<?> provider : new ArrayList<>(slots.keySet())) {
            remove(provider);
        }
        return this;
    }

    private Object instance(Class<?> type) {
        Object registered = instances.get(type);
        if (registered != null) {
            return registered;
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("provider " + type.getName() + " has no no-argument constructor:"
                    + " register an instance with app.provide(" + type.getSimpleName() + ".class, instance)");
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make provider " + type.getName() + ": " + e, e);
        }
    }

    private Plan plan(Object instance) {
        Method provide = provideMethod(instance.getClass());
        boolean returnsStage = CompletionStage.class.isAssignableFrom(provide.getReturnType());
        boolean blocking = provide.isAnnotationPresent(Blocking.class)
                || !returnsStage && !provide.isAnnotationPresent(NonBlocking.class);
        ParameterBinders.Signature signature = ParameterBinders.of(provide, this);
        if (signature.needsBody() && !FormReader.isForm(signature.bodyType())) {
            // Kept simple: a JSON body belongs to the route; a provider that needs it takes the Request. Form fields
            // are named one by one, so providers may read them (an OAuth2 password form is one).
            throw new IllegalArgumentException(provide + ": @Body is not supported in providers (@Form and @File are)");
        }
        try {
            provide.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(provide).bindTo(instance)
                    .asSpreader(Object[].class, provide.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Plan(instance, signature, handle, blocking, returnsStage);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + provide + ": " + e.getMessage(), e);
        }
    }

    private static Method provideMethod(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Method> found = new ArrayList<>();
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals("provide") && !method.isBridge() && !method.isSynthetic()) {
                    found.add(method);
                }
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new IllegalArgumentException(type.getName() + " has several provide methods; keep one");
            }
        }
        throw new IllegalArgumentException(type.getName() + " is not a provider: it needs a method named provide");
    }
}
