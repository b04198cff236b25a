package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.App;
import io.griddle.OpenApiExtra;
import io.griddle.Post;
import io.griddle.http.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A body the handler reads itself from the {@link Request}, unvalidated, documented by hand: the
 * {@code requestBody} comes from {@code @OpenApiExtra}, since no parameter declares it.
 */
public final class Tutorial006 {

    static Map<String, Object> magicDataReader(byte[] rawBody) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("name", "Maaaagic");
        content.put("price", 42);
        content.put("description", "Just kiddin', no magic here. ✨");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("size", rawBody.length);
        data.put("content", content);
        return data;
    }

    @OpenApiExtra("""
            {"requestBody": {
               "content": {"application/json": {"schema": {
                 "required": ["name", "price"],
                 "type": "object",
                 "properties": {"name": {"type": "string"}, "price": {"type": "number"},
                                "description": {"type": "string"}}}}},
               "required": true}}""")
    @Post("/items/")
    public CompletionStage<Object> createItem(Request request) {
        return request.body().thenApply(Tutorial006::magicDataReader);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial006());
    }
}
