package io.griddle;

import java.util.Objects;

/**
 * A dependency value with exit code, as FastAPI's dependencies with {@code yield}: a provider returns
 * {@code Yield.of(value)} and the handler gets {@code value}. What follows the {@code yield} in Python is split in two:
 * <ul>
 *   <li>{@link #onError}: runs when a later step of the request fails (another dependency, validation, the handler),
 *       before the error is answered, last opened first, as {@code except} around the {@code yield}. Throw to answer
 *       with another error ({@code new HttpError(400, ...)}); return to let the error go on. There is no way to
 *       swallow it: a failed request still needs an answer.</li>
 *   <li>{@link #onExit}: the {@code finally}, run once per request: after the response is sent (FastAPI's default
 *       {@code scope="request"}), or as soon as the handler is done with {@link #exitBeforeResponse()}
 *       ({@code scope="function"}).</li>
 * </ul>
 * Both run where the provider runs: on the blocking executor for a blocking provider, on the loop for an async one.
 *
 * <pre>{@code
 * class GetDb {
 *     Yield<Session> provide() {
 *         Session db = pool.open();
 *         return Yield.of(db)
 *                 .onError(e -> { if (e instanceof OwnerError) throw new HttpError(400, "Owner error: " + e.getMessage()); })
 *                 .onExit(db::close);
 *     }
 * }
 * @Get("/items/{id}") Item item(@Path String id, @Depends(GetDb.class) Session db) { ... }
 * }</pre>
 *
 * @param <T> the type of the value handlers receive
 */
public final class Yield<T> {

    /** Sees the error of a later step; throws to replace it, returns to let it go on. */
    @FunctionalInterface
    public interface OnError {
        void handle(Throwable error) throws Exception;
    }

    private final T value;
    private final OnError onError;
    private final AutoCloseable onExit;
    private final boolean beforeResponse;

    private Yield(T value, OnError onError, AutoCloseable onExit, boolean beforeResponse) {
        this.value = value;
        this.onError = onError;
        this.onExit = onExit;
        this.beforeResponse = beforeResponse;
    }

    /** The value handlers and other providers receive. */
    public static <T> Yield<T> of(T value) {
        return new Yield<>(value, null, null, false);
    }

    /** Runs when a later step of the request fails; see the class comment. */
    public Yield<T> onError(OnError handler) {
        return new Yield<>(value, Objects.requireNonNull(handler, "handler"), onExit, beforeResponse);
    }

    /** Runs once the request is done with the value, whether it failed or not. */
    public Yield<T> onExit(AutoCloseable exit) {
        return new Yield<>(value, onError, Objects.requireNonNull(exit, "exit"), beforeResponse);
    }

    /** Runs {@link #onExit} when the handler is done, before the response is sent (FastAPI's {@code scope="function"}). */
    public Yield<T> exitBeforeResponse() {
        return new Yield<>(value, onError, onExit, true);
    }

    public T value() {
        return value;
    }

    /** The error handler, or {@code null}. */
    public OnError errorHandler() {
        return onError;
    }

    /** The exit, or {@code null}. */
    public AutoCloseable exit() {
        return onExit;
    }

    /** Whether the exit runs before the response. */
    public boolean exitsBeforeResponse() {
        return beforeResponse;
    }
}
