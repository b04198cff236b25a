package io.griddle;

/**
 * Replaces providers, for tests, as FastAPI's {@code app.dependency_overrides}. Takes effect for the next request.
 *
 * <pre>{@code
 * app.dependencyOverrides().put(DbSession.class, new InMemorySession());   // has its own provide() method
 * ...
 * app.dependencyOverrides().clear();
 * }</pre>
 */
public interface DependencyOverrides {

    /** Uses the replacement's {@code provide} method wherever {@code provider} is asked for. */
    DependencyOverrides put(Class<?> provider, Object replacement);

    /** Goes back to the declared provider. */
    DependencyOverrides remove(Class<?> provider);

    /** Removes every override. */
    DependencyOverrides clear();
}
