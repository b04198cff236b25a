package io.griddle.web;

import io.griddle.http.Request;
import io.griddle.http.Response;
import java.util.concurrent.CompletionStage;

/** Something that answers a request: the router, or the router wrapped in middleware. */
@FunctionalInterface
public interface HttpHandler {
    CompletionStage<Response> handle(Request request) throws Exception;
}
