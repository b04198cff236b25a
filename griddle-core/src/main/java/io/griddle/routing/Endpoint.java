package io.griddle.routing;

import io.griddle.http.Request;
import io.griddle.http.Response;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What a route runs, and where: on the event loop ({@link Kind#ASYNC}) or on the blocking executor
 * ({@link Kind#BLOCKING}). The kind is fixed when the route is built, never guessed per request, and it is the
 * handler's own: an endpoint that first reads the body or awaits async dependencies on the loop
 * ({@link Prepared}) still says where its handler runs. {@link #handle} is the one place that acts on it.
 *
 * <pre>{@code
 * Endpoint.async(request -> Async.sleep(ofMillis(5)).thenApply(v -> new Status("ok")));
 * Endpoint.blocking(request -> jdbc.loadBurgers());
 * }</pre>
 */
public final class Endpoint {

    /** Where an endpoint's handler runs. */
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

    /**
     * A handler call with work that must come first on the event loop (the framework layer reads the body and
     * awaits async dependencies there): {@link #prepare} runs on the loop and hands what it made to the
     * {@link Runner}, which calls {@link #invoke} where the endpoint's kind says and renders the result there.
     *
     * @param <C> what {@code prepare} makes for {@code invoke}: the call's arguments, say
     */
    public interface Prepared<C> {
        /**
         * Runs on the loop: prepares the call, then answers {@code run.run(context)}'s outcome, at once when nothing
         * had to be awaited, or after any clean-up of its own (which then sees the rendered outcome).
         */
        CompletionStage<Response> prepare(Request request, Runner<C> run) throws Exception;

        /** Calls the handler, where the kind says. A {@code CompletionStage} result is awaited. */
        Object invoke(C context) throws Exception;
    }

    /** Runs a prepared call where its endpoint's kind says and renders the result; one per endpoint. */
    @FunctionalInterface
    public interface Runner<C> {
        /** The rendered outcome; a failure of the call fails the stage. */
        CompletionStage<Response> run(C context);
    }

    private static final Function<Object, Response> DEFAULT_RENDER =
            value -> value instanceof Response response ? response : Response.json(value);

    private final Kind kind;
    private final Invoker invoker; // a plain endpoint, called with the request,
    private final Prepared<Object> prepared; // or a prepared one, called with what it prepared
    private final Runner<Object> runner;
    private final Function<Object, Response> render;

    @SuppressWarnings("unchecked")
    private Endpoint(Kind kind, Invoker invoker, Prepared<?> prepared, Function<Object, Response> render) {
        this.kind = kind;
        this.invoker = invoker;
        this.prepared = (Prepared<Object>) prepared;
        this.render = render;
        this.runner = prepared == null ? null : context -> Dispatcher.runPrepared(this, this.prepared, context);
    }

    /** An async endpoint, run on the event loop. */
    public static Endpoint async(AsyncHandler handler) {
        return new Endpoint(Kind.ASYNC, handler::handle, null, DEFAULT_RENDER);
    }

    /** A blocking endpoint, run on the blocking executor. */
    public static Endpoint blocking(Handler handler) {
        return new Endpoint(Kind.BLOCKING, handler::handle, null, DEFAULT_RENDER);
    }

    /**
     * An endpoint with everything given: where it runs, how it is called, and how its result becomes a response
     * (the framework layer passes a writer prepared for the declared return type).
     */
    public static Endpoint of(Kind kind, Invoker invoker, Function<Object, Response> render) {
        return new Endpoint(kind, invoker, null, render);
    }

    /**
     * An endpoint whose call is prepared on the loop first, then invoked where {@code kind} says; its result is
     * rendered there too (so a blocking handler's JSON is written off the loop).
     */
    public static <C> Endpoint of(Kind kind, Prepared<C> call, Function<Object, Response> render) {
        return new Endpoint(kind, null, call, render);
    }

    /** Where the handler runs. */
    public Kind kind() {
        return kind;
    }

    /**
     * Runs the endpoint for the request, called on the request's loop: prepares it there if it has work to prepare,
     * calls the handler where the kind says, renders its result there, and completes with the response. Cancelling
     * the stage cancels the handler's stage, or interrupts its thread.
     */
    public CompletionStage<Response> handle(Request request) throws Exception {
        return prepared == null ? Dispatcher.run(this, invoker, request) : prepared.prepare(request, runner);
    }

    /** Turns a handler's result into a response. */
    public Response render(Object result) {
        return render.apply(result);
    }
}
