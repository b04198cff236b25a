package io.griddle.routing;

import io.griddle.http.Response;
import io.griddle.http.Request;
import java.util.function.Function;

/**
 * What a route runs, and where: on the event loop ({@link Kind#ASYNC}) or on the blocking executor
 * ({@link Kind#BLOCKING}). The kind is fixed when the route is built, never guessed per request.
 *
 * <pre>{@code
 * Endpoint.async(request -> Async.sleep(ofMillis(5)).thenApply(v -> new Status("ok")));
 * Endpoint.blocking(request -> jdbc.loadBurgers());
 * }</pre>
 */
public final class Endpoint {

    /** Where an endpoint runs. */
    public enum Kind {
        /** On the connection's event loop; must not block. */
        ASYNC,
        /** On the blocking executor; may block. */
        BLOCKING
    }

    /** Calls the user's code. A {@code CompletionStage} result is awaited, any other result used as it is. */
    @FunctionalInterface
    public interface Invoker {
        Object invoke(Request request) throws Exception;
    }

    private static final Function<Object, Response> DEFAULT_RENDER =
            value -> value instanceof Response response ? response : Response.json(value);

    private final Kind kind;
    private final Invoker invoker;
    private final Function<Object, Response> render;

    private Endpoint(Kind kind, Invoker invoker, Function<Object, Response> render) {
        this.kind = kind;
        this.invoker = invoker;
        this.render = render;
    }

    /** An async endpoint, run on the event loop. */
    public static Endpoint async(AsyncHandler handler) {
        return new Endpoint(Kind.ASYNC, handler::handle, DEFAULT_RENDER);
    }

    /** A blocking endpoint, run on the blocking executor. */
    public static Endpoint blocking(Handler handler) {
        return new Endpoint(Kind.BLOCKING, handler::handle, DEFAULT_RENDER);
    }

    /**
     * An endpoint with everything given: where it runs, how it is called, and how its result becomes a response
     * (the framework layer passes a writer prepared for the declared return type).
     */
    public static Endpoint of(Kind kind, Invoker invoker, Function<Object, Response> render) {
        return new Endpoint(kind, invoker, render);
    }

    public Kind kind() {
        return kind;
    }

    public Invoker invoker() {
        return invoker;
    }

    /** Turns a handler's result into a response. */
    public Response render(Object result) {
        return render.apply(result);
    }
}
