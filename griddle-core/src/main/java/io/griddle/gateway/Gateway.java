package io.griddle.gateway;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * An application as a server sees it: one asynchronous call per scope.
 *
 * <pre>{@code
 * Gateway hello = (scope, receive, send) -> {
 *     if (!(scope instanceof HttpScope)) return Gateway.done();
 *     return send.send(new HttpMessage.ResponseStart(200, Headers.of("content-type", "text/plain")))
 *                .thenCompose(v -> send.send(HttpMessage.ResponseBody.last(ByteBuffer.wrap("hi".getBytes()))));
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Gateway {

    /**
     * Serves one scope.
     *
     * @param scope   what is being served: its kind and metadata
     * @param receive pulls the next inbound message (request body chunks, WebSocket frames, lifespan events)
     * @param send    pushes an outbound message; its stage completes when the server can take the next one
     * @return a stage that completes when the application is done with the scope; the server may cancel it
     */
    CompletionStage<Void> call(Scope scope, Receive receive, Send send);

    /**
     * Loads and links, on the calling thread, what the application's first requests would otherwise load on an
     * event loop (a JSON library's set-up, a decoder's classes), long enough on a cold JVM to trip the loop
     * watchdog. A host calls it once before it serves: the server before the lifespan startup and before its
     * socket opens, off the event loops. It must not serve requests; a failure only means a slower first request,
     * so hosts log it and go on. The default does nothing; {@link io.griddle.web.WebApp} runs its own warm-up
     * and what the layers above it contribute ({@code WebApp.onWarmUp}).
     */
    default void warmUp() {}

    /** A completed stage, for applications that have nothing to do for a scope. */
    static CompletionStage<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
