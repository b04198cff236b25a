package io.griddle.examples.tutorial.handling_errors;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Post;
import io.griddle.RequestValidationError;
import io.griddle.http.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** A validation answer that also returns the body the client sent, as it was received. */
public final class Tutorial005 {

    /** The item to create. */
    public record Item(String title, int size) {}

    @Post("/items/")
    public Object createItem(@Body Item item) {
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create()
                .exceptionHandler(RequestValidationError.class, (request, e) -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("detail", e.errors());
                    answer.put("body", e.body());
                    return Response.json(answer).status(422);
                })
                .include(new Tutorial005());
    }
}
