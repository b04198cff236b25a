package io.griddle;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Stages;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.ExceptionHandler;
import io.griddle.web.HttpHandler;
import io.griddle.web.Middleware;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One router's middleware and exception handlers, applied to its routes only: the middleware (first added
 * outermost) around the handlers around the route, as an application's are around its router. Routers nest: an
 * outer router's layer is around an inner one's.
 */
final class RouterLayers {

    private final List<Middleware> middleware = new ArrayList<>();
    private final Map<Class<? extends Throwable>, ExceptionHandler<Throwable>> handlers = new LinkedHashMap<>();

    void use(Middleware layer) {
        middleware.add(layer);
    }

    @SuppressWarnings("unchecked")
    <E extends Throwable> void handle(Class<E> type, ExceptionHandler<? super E> handler) {
        handlers.put(type, (ExceptionHandler<Throwable>) handler);
    }

    boolean isEmpty() {
        return middleware.isEmpty() && handlers.isEmpty();
    }

    /** A copy, so that later changes to the router do not reach routes already included. */
    RouterLayers snapshot() {
        RouterLayers copy = new RouterLayers();
        copy.middleware.addAll(middleware);
        copy.handlers.putAll(handlers);
        return copy;
    }

    /**
     * The endpoint inside the layers (the first, outermost), with its kind and renderer: tools reading the routes see
     * where its handler runs. The layers run on the loop, before the endpoint prepares its call.
     */
    static Endpoint wrap(Endpoint endpoint, List<RouterLayers> layers) {
        if (layers.isEmpty()) {
            return endpoint;
        }
        HttpHandler chain = endpoint::handle;
        for (int i = layers.size() - 1; i >= 0; i--) {
            chain = layers.get(i).around(chain);
        }
        HttpHandler wrapped = chain;
        // A Prepared whose preparation is the whole chain: the inner endpoint runs its own dispatch, so the runner
        // handed in here is not needed and invoke is never reached.
        return Endpoint.of(
                endpoint.kind(),
                new Endpoint.Prepared<Request>() {
                    @Override
                    public CompletionStage<Response> prepare(Request request, Endpoint.Runner<Request> run)
                            throws Exception {
                        return wrapped.handle(request);
                    }

                    @Override
                    public Object invoke(Request context) {
                        throw new IllegalStateException("a router's layers run the endpoint themselves");
                    }
                },
                endpoint::render);
    }

    private HttpHandler around(HttpHandler inner) {
        HttpHandler handled = handlers.isEmpty() ? inner : request -> recover(request, inner);
        for (int i = middleware.size() - 1; i >= 0; i--) {
            Middleware layer = middleware.get(i);
            HttpHandler next = handled;
            handled = request -> layer.handle(request, next);
        }
        return handled;
    }

    private CompletionStage<Response> recover(Request request, HttpHandler inner) {
        CompletionStage<Response> started;
        try {
            started = inner.handle(request);
        } catch (Throwable error) {
            started = CompletableFuture.failedFuture(error);
        }
        CompletionStage<Response> outcome = started;
        if (Stages.succeeded(outcome)) {
            return outcome;
        }
        return outcome.handle((response, failure) -> {
                    if (failure == null) {
                        return outcome;
                    }
                    Throwable error = Async.unwrap(failure);
                    ExceptionHandler<Throwable> handler = find(error.getClass());
                    if (handler == null) {
                        return outcome; // not this router's: the application's handlers answer it
                    }
                    try {
                        return CompletableFuture.completedFuture(handler.handle(request, error));
                    } catch (Throwable handlerFailure) {
                        handlerFailure.addSuppressed(error);
                        return CompletableFuture.<Response>failedFuture(handlerFailure);
                    }
                })
                .thenCompose(stage -> stage);
    }

    private ExceptionHandler<Throwable> find(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            ExceptionHandler<Throwable> handler = handlers.get(c);
            if (handler != null) {
                return handler;
            }
        }
        return null;
    }
}
