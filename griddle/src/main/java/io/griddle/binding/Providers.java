package io.griddle.binding;

import io.griddle.Blocking;
import io.griddle.DependencyOverrides;
import io.griddle.NonBlocking;
import io.griddle.Yield;
import io.griddle.binding.forms.FormReader;
import io.griddle.binding.json.JsonReading;
import io.griddle.binding.reflect.Types;
import io.griddle.http.JsonLimits;
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
 * {@code provide} method (binders, a method handle bound to the instance, where it runs), or of its constructor for a
 * class that is its own provider. Overrides swap a slot's
 * plan; routes look plans up through their slots, so an override takes effect for the next request.
 */
public final class Providers implements DependencyOverrides {

    // The application's JSON limits travel with its providers, which every endpoint of the application holds.
    private volatile JsonReading jsonReading = JsonReading.defaults();

    /** How the application's routes read JSON bodies: under its limits ({@code App.jsonLimits}). */
    public JsonReading jsonReading() {
        return jsonReading;
    }

    /** Sets the limits the application's JSON bodies are read under; for the next request. */
    public void jsonLimits(JsonLimits limits) {
        jsonReading = JsonReading.of(limits);
    }

    /**
     * Where one provider class's plan lives; routes hold the slot, never the plan. A provider that uses scopes has a
     * slot per list of scopes it is reached with ({@link #scopes}); any other has one.
     */
    public static final class Slot {
        final Class<?> type;
        /** The scopes required above and by this use of the provider, in order; empty unless it uses scopes. */
        final List<String> scopes;

        volatile Plan plan;
        boolean overridden;

        Slot(Class<?> type, List<String> scopes) {
            this.type = type;
            this.scopes = scopes;
        }

        @Override
        public String toString() {
            return scopes.isEmpty() ? type.getSimpleName() : type.getSimpleName() + scopes;
        }
    }

    /**
     * A provider prepared for calls: its binders and handle, whether it blocks or returns a stage, and whether it may
     * return a {@link Yield}. {@code instance} is {@code null} for a class that is its own provider (its constructor).
     */
    record Plan(
            Object instance,
            ParameterBinders.Signature signature,
            MethodHandle handle,
            boolean blocking,
            boolean returnsStage,
            boolean yields) {}

    /**
     * A shared slot's key: the class and its scopes (empty when it uses none). The order counts: slots are shared by
     * all routes, and each route's {@code SecurityScopes} keep the order of its path.
     */
    private record Key(Class<?> type, List<String> scopes) {}

    private final Map<Key, Slot> slots = new HashMap<>();
    /** Slots of {@code @Depends(useCache = false)} parameters: one each, never shared, overridden with the others. */
    private final List<Slot> uncached = new ArrayList<>();

    private final Map<Class<?>, Object> instances = new HashMap<>();
    private final Map<Class<?>, Object> made = new HashMap<>();
    private final Map<Class<?>, Object> overrides = new HashMap<>();
    private final ScopeUse scopeUse = new ScopeUse(this::providerClass);
    private volatile int version;

    /** Uses this instance of the provider class instead of one made with its no-argument constructor. */
    public synchronized void register(Class<?> type, Object instance) {
        if (!type.isInstance(instance)) {
            throw new IllegalArgumentException(instance + " is not a " + type.getName());
        }
        instances.put(type, instance);
        scopeUse.forget(); // the instance's class may use scopes where the declared one does not
        if (!overrides.containsKey(type) && !slotsOf(type).isEmpty()) {
            setPlans(type, slot -> plan(instance, slot.scopes), false);
        }
    }

    /** The slot of a provider class reached with no scopes, its plan prepared (its own dependencies' slots too). */
    synchronized Slot slot(Class<?> type) {
        return slot(type, List.of(), List.of());
    }

    /**
     * The slot of a provider class used where {@code inherited} scopes are required above it and the use itself adds
     * {@code own} ({@code @Security}): one per class, or per class and list of scopes when the provider uses them.
     */
    synchronized Slot slot(Class<?> type, List<String> inherited, List<String> own) {
        List<String> scopes = !own.isEmpty() || scopeUse.uses(type) ? merged(inherited, own) : List.of();
        Key key = new Key(type, scopes);
        Slot slot = slots.get(key);
        if (slot == null) {
            slot = new Slot(type, scopes);
            slots.put(key, slot);
            try {
                slot.overridden = overrides.containsKey(type);
                slot.plan = slot.overridden ? plan(overrides.get(type), scopes) : planFor(type, scopes);
            } catch (RuntimeException e) {
                slots.remove(key);
                throw e;
            }
        }
        return slot;
    }

    /** A slot of its own for one parameter that asks for a fresh value ({@code useCache = false}); same plan. */
    synchronized Slot uncachedSlot(Class<?> type, List<String> inherited, List<String> own) {
        Slot shared = slot(type, inherited, own);
        Slot fresh = new Slot(type, shared.scopes);
        fresh.plan = shared.plan;
        fresh.overridden = shared.overridden;
        uncached.add(fresh);
        return fresh;
    }

    // The inherited scopes, then the use's own that are not among them.
    private static List<String> merged(List<String> inherited, List<String> own) {
        if (own.isEmpty()) {
            return List.copyOf(inherited);
        }
        List<String> all = new ArrayList<>(inherited);
        for (String scope : own) {
            if (!all.contains(scope)) {
                all.add(scope);
            }
        }
        return List.copyOf(all);
    }

    // Every slot of the type, shared or not.
    private List<Slot> slotsOf(Class<?> type) {
        List<Slot> of = new ArrayList<>();
        slots.values().stream().filter(slot -> slot.type == type).forEach(of::add);
        uncached.stream().filter(slot -> slot.type == type).forEach(of::add);
        return of;
    }

    // Sets the plan of every slot of the type (each made for the slot's scopes) and tells routes to recompute their
    // order.
    private void setPlans(Class<?> type, java.util.function.Function<Slot, Plan> plans, boolean overridden) {
        for (Slot slot : slotsOf(type)) { // a copy: making a plan may add slots
            slot.plan = plans.apply(slot);
            slot.overridden = overridden;
        }
        version++;
    }

    /** Changes whenever a plan changes, so that routes recompute their resolution order. */
    int version() {
        return version;
    }

    @Override
    public synchronized DependencyOverrides put(Class<?> provider, Object replacement) {
        slot(provider);
        plan(replacement, List.of()); // fails here, before any slot changes, if it is no provider
        overrides.put(provider, replacement);
        setPlans(provider, slot -> plan(replacement, slot.scopes), true);
        return this;
    }

    @Override
    public synchronized DependencyOverrides remove(Class<?> provider) {
        if (overrides.remove(provider) != null) {
            setPlans(provider, slot -> planFor(provider, slot.scopes), false);
        }
        return this;
    }

    @Override
    public synchronized DependencyOverrides clear() {
        for (Class<?> provider : new ArrayList<>(overrides.keySet())) {
            remove(provider);
        }
        return this;
    }

    // The class whose provide method or constructor a provider type runs: a registered instance's, else its own.
    private Class<?> providerClass(Class<?> type) {
        Object registered = instances.get(type);
        return registered != null ? registered.getClass() : type;
    }

    // A registered instance, else a class with a provide method (made with its no-argument constructor), else a
    // class that is its own provider: its constructor's parameters bind, and the value is the new instance.
    private Plan planFor(Class<?> type, List<String> scopes) {
        if (instances.containsKey(type) || provideMethod(type) != null) {
            return plan(instance(type), scopes);
        }
        return constructorPlan(type, scopes);
    }

    // One instance per provider class, whatever the number of its slots (one per list of scopes).
    private Object instance(Class<?> type) {
        Object registered = instances.get(type);
        if (registered != null) {
            return registered;
        }
        return made.computeIfAbsent(type, Providers::newInstance);
    }

    private static Object newInstance(Class<?> type) {
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

    private Plan plan(Object instance, List<String> scopes) {
        Method provide = provideMethod(instance.getClass());
        if (provide == null) {
            throw new IllegalArgumentException(
                    instance.getClass().getName() + " is not a provider: it needs a method named provide");
        }
        boolean returnsStage = CompletionStage.class.isAssignableFrom(provide.getReturnType());
        boolean blocking = provide.isAnnotationPresent(Blocking.class)
                || !returnsStage && !provide.isAnnotationPresent(NonBlocking.class);
        ParameterBinders.Signature signature = ParameterBinders.of(provide, this, scopes);
        if (signature.needsBody() && !FormReader.isForm(signature.bodyType())) {
            // Kept simple: a JSON body belongs to the route; a provider that needs it takes the Request. Form fields
            // are named one by one, so providers may read them (an OAuth2 password form is one).
            throw new IllegalArgumentException(provide + ": @Body is not supported in providers (@Form and @File are)");
        }
        try {
            provide.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup()
                    .unreflect(provide)
                    .bindTo(instance)
                    .asSpreader(Object[].class, provide.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Plan(instance, signature, handle, blocking, returnsStage, yields(provide, returnsStage));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + provide + ": " + e.getMessage(), e);
        }
    }

    // Whether the declared result may be a Yield: Yield<T> or CompletionStage<Yield<T>>, or a type as loose as Object.
    private static boolean yields(Method provide, boolean returnsStage) {
        if (!returnsStage) {
            return provide.getReturnType().isAssignableFrom(Yield.class);
        }
        return Types.raw(Types.argument(provide.getGenericReturnType(), 0)).isAssignableFrom(Yield.class);
    }

    // A class dependency, as FastAPI's Depends(CommonQueryParams): a record's canonical constructor, or a class's only
    // constructor. Making the instance only keeps the arguments, so it runs on the loop.
    private Plan constructorPlan(Class<?> type, List<String> scopes) {
        Constructor<?> constructor = dependencyConstructor(type);
        ParameterBinders.Signature signature = ParameterBinders.of(constructor, this, scopes);
        if (signature.needsBody()) {
            throw new IllegalArgumentException(constructor + ": @Body is not supported in dependencies");
        }
        try {
            constructor.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup()
                    .unreflectConstructor(constructor)
                    .asSpreader(Object[].class, constructor.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Plan(null, signature, handle, false, false, false);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + constructor + ": " + e.getMessage(), e);
        }
    }

    static Constructor<?> dependencyConstructor(Class<?> type) {
        String notProvider = type.getName() + " is not a provider: it needs a method named provide, or a single"
                + " constructor (a record's, say) whose parameters bind like a handler's";
        if (type.isInterface()
                || type.isPrimitive()
                || type.isArray()
                || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(notProvider);
        }
        try {
            if (type.isRecord()) {
                Class<?>[] components = java.util.Arrays.stream(type.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                return type.getDeclaredConstructor(components);
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(notProvider, e);
        }
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length != 1) {
            throw new IllegalArgumentException(notProvider);
        }
        return constructors[0];
    }

    static Method provideMethod(Class<?> type) {
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
        return null;
    }
}
