package io.griddle.examples.tutorial.custom_request_and_route;

import io.griddle.ApiRouter;
import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import io.griddle.RequestValidationError;
import io.griddle.concurrent.Async;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.web.Middleware;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reading the body where a validation error is handled: the routes' wrapper turns a 422 into one whose detail has
 * the errors and the body as text. FastAPI's route class {@code ValidationErrorLoggingRoute} is router middleware:
 * it sees the route's {@link RequestValidationError} before the app's exception handlers, and the body the route
 * read is kept on the request, so reading it again costs nothing.
 */
public final class Tutorial002 {

    /** FastAPI's {@code ValidationErrorLoggingRoute}. */
    public static final Middleware VALIDATION_ERROR_LOGGING_ROUTE = (request, next) -> {
        CompletionStage<Response> outcome;
        try {
            outcome = next.handle(request);
        } catch (Exception failure) {
            outcome = CompletableFuture.failedFuture(failure);
        }
        return outcome.exceptionallyCompose(failure -> {
            if (!(Async.unwrap(failure) instanceof RequestValidationError invalid)) {
                return CompletableFuture.failedFuture(failure);
            }
            return request.text().thenApply(body -> {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("errors", invalid.errors());
                detail.put("body", body);
                throw new HttpError(422, detail);
            });
        });
    };

    @Post("/")
    public int sumNumbers(@Body List<Integer> numbers) {
        return numbers.stream().mapToInt(Integer::intValue).sum();
    }

    /** The app, its routes included through a router with {@link #VALIDATION_ERROR_LOGGING_ROUTE}. */
    public static App app() {
        return App.create()
                .include(ApiRouter.create().use(VALIDATION_ERROR_LOGGING_ROUTE).include(new Tutorial002()));
    }
}
