package io.griddle.examples.tutorial.schema_extra_example;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.OpenApiExample;
import io.griddle.Path;
import io.griddle.Put;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Named examples of the body for the docs page: {@code @Body(openapiExamples = ...)} documents them as the media type's {@code examples}, each with a summary and a description. */
public final class Tutorial005 {

    /** An item. */
    public record Item(String name, Optional<String> description, double price, Optional<Double> tax) {}

    @Put("/items/{item_id}")
    public Map<String, Object> updateItem(
            @Path int item_id,
            @Body(
                            openapiExamples = {
                                @OpenApiExample(
                                        name = "normal",
                                        summary = "A normal example",
                                        description = "A **normal** item works correctly.",
                                        value = """
                    {"name": "Foo", "description": "A very nice Item", "price": 35.4, "tax": 3.2}"""),
                                @OpenApiExample(
                                        name = "converted",
                                        summary = "An example with converted data",
                                        description =
                                                "Griddle converts price `strings` to actual `numbers` automatically",
                                        value = """
                    {"name": "Bar", "price": "35.4"}"""),
                                @OpenApiExample(
                                        name = "invalid",
                                        summary = "Invalid data is rejected with an error",
                                        value = """
                    {"name": "Baz", "price": "thirty five point four"}""")
                            })
                    Item item) {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("item_id", item_id);
        results.put("item", item);
        return results;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial005());
    }
}
