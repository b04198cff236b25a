package io.griddle.binding;

import io.griddle.http.Response;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A {@link Response} parameter, as FastAPI's {@code response: Response}: the handler (or a provider) sets cookies,
 * headers or a status on it, and they are carried onto the response rendered from the handler's result. A status
 * other than 200 replaces the route's. A handler that returns a {@code Response} itself sends that one unchanged, as
 * FastAPI does.
 */
final class SubResponses {

    private SubResponses() {}

    /** What the handler returned, with the call's sub-response when one was injected. */
    private record Carried(Object value, Response changes) {}

    /** The handler's result, marked to carry the call's sub-response if it has one (a stage's result, later). */
    static Object carry(Call call, Object result) {
        Response changes = call.subResponse;
        if (changes == null || result instanceof Response) {
            return result;
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.thenApply(value -> value instanceof Response ? value : new Carried(value, changes));
        }
        return new Carried(result, changes);
    }

    /** The renderer, taking a carried result apart: rendered as usual, then the changes applied. */
    static Function<Object, Response> rendering(Function<Object, Response> render) {
        return value -> {
            if (!(value instanceof Carried carried)) {
                return render.apply(value);
            }
            Response response = render.apply(carried.value());
            Response changes = carried.changes();
            changes.headers().forEach(response::header);
            if (changes.status() != 200) {
                response.status(changes.status());
            }
            return response;
        };
    }

    /** The binder of a {@code Response} parameter: one sub-response per call, shared by the handler and providers. */
    static ParameterBinder binder() {
        return call -> {
            if (call.subResponse == null) {
                call.subResponse = Response.empty(200);
            }
            return call.subResponse;
        };
    }
}
