package io.griddle.binding;

import io.griddle.security.Security;
import io.griddle.security.SecurityScheme;
import io.griddle.security.SecurityScopes;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Whether a provider class uses OAuth2 scopes, read from its declaration at startup, as FastAPI decides whether a
 * dependency's cached value depends on them: it is a {@link SecurityScheme}, takes {@link SecurityScopes}, declares
 * {@code @Security} scopes on a dependency, or depends on a provider that uses them. Such a provider gets one slot
 * (and one value per request) for each list of scopes it is reached with; any other is shared whatever the scopes.
 */
final class ScopeUse {

    private final UnaryOperator<Class<?>> providerClass;
    private final Map<Class<?>, Boolean> known = new HashMap<>();

    /** @param providerClass the class that actually provides for a type (a registered instance's class) */
    ScopeUse(UnaryOperator<Class<?>> providerClass) {
        this.providerClass = providerClass;
    }

    /** Forgets what was learned, when a registered instance changes which class provides for a type. */
    void forget() {
        known.clear();
    }

    /** Whether the provider class uses scopes. */
    boolean uses(Class<?> type) {
        return uses(type, new HashSet<>());
    }

    private boolean uses(Class<?> type, Set<Class<?>> visiting) {
        Boolean answer = known.get(type);
        if (answer != null) {
            return answer;
        }
        if (!visiting.add(type)) {
            return false; // a cycle: refused when the route's order is made
        }
        boolean uses = usesItself(type, visiting);
        visiting.remove(type);
        known.put(type, uses);
        return uses;
    }

    private boolean usesItself(Class<?> type, Set<Class<?>> visiting) {
        Class<?> actual = providerClass.apply(type);
        if (SecurityScheme.class.isAssignableFrom(actual)) {
            return true;
        }
        Executable provider;
        try {
            provider = Providers.provideMethod(actual);
            if (provider == null) {
                provider = Providers.dependencyConstructor(actual);
            }
        } catch (IllegalArgumentException notProvider) {
            return false; // reported when its plan is made
        }
        for (Parameter parameter : provider.getParameters()) {
            if (parameter.getType() == SecurityScopes.class
                    || parameter.getAnnotation(Security.class) instanceof Security security
                            && security.scopes().length > 0) {
                return true;
            }
            Class<?> needed = DependencyParameter.providerOf(parameter);
            if (needed != null && uses(needed, visiting)) {
                return true;
            }
        }
        return false;
    }
}
