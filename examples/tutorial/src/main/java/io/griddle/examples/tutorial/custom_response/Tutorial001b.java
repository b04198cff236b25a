package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.responses.RawJsonResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** FastAPI's {@code ORJSONResponse}: {@link RawJsonResponse} writes the value as it is, with no response model. */
public final class Tutorial001b {

    @ResponseClass(RawJsonResponse.class)
    @Get("/items/")
    public CompletionStage<Object> readItems() {
        return CompletableFuture.completedFuture(List.of(Map.of("item_id", "Foo")));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001b());
    }
}
