package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.responses.JsonResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** FastAPI's {@code UJSONResponse} (another JSON library) is plain JSON here: {@link JsonResponse}, the default. */
public final class Tutorial001 {

    @ResponseClass(JsonResponse.class)
    @Get("/items/")
    public CompletionStage<List<Map<String, String>>> readItems() {
        return CompletableFuture.completedFuture(List.of(Map.of("item_id", "Foo")));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
