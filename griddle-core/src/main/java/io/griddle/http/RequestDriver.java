package io.griddle.http;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * What the application that drives a request does to it and its handlers must not: record the route that matched,
 * and run the tasks after the response. These are package-private on {@link Request}, so that a handler never sees
 * them; the application's exchange extends this class to reach them (static calls, inlined like direct ones).
 */
public abstract class RequestDriver {

    protected RequestDriver() {}

    /** Records the route that matched and its converted path parameters, when the router has found it. */
    protected static void matched(Request request, String routeTemplate, Map<String, Object> params) {
        request.matched(routeTemplate, params);
    }

    /** Runs the tasks added with {@link Request#afterResponse}; called once, when the response is sent. */
    protected static CompletionStage<Void> runAfterResponse(Request request) {
        return request.runAfterResponse();
    }
}
