package io.griddle.examples.tutorial.handling_errors;

import io.griddle.App;
import io.griddle.ExceptionHandlers;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.RequestValidationError;
import io.griddle.http.HttpError;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Handlers that log, then answer as Griddle's defaults do ({@link ExceptionHandlers}). */
public final class Tutorial006 {

    private static final Logger LOG = LoggerFactory.getLogger(Tutorial006.class);

    @Get("/items/{item_id}")
    public Object readItem(@Path("item_id") int itemId) {
        if (itemId == 3) {
            throw new HttpError(418, "Nope! I don't like 3.");
        }
        return Map.of("item_id", itemId);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .exceptionHandler(HttpError.class, (request, e) -> {
                    LOG.info("OMG! An HTTP error!: {}", e.getMessage());
                    return ExceptionHandlers.httpError(request, e);
                })
                .exceptionHandler(RequestValidationError.class, (request, e) -> {
                    LOG.info("OMG! The client sent invalid data!: {}", e.errors());
                    return ExceptionHandlers.requestValidation(request, e);
                })
                .include(new Tutorial006());
    }
}
