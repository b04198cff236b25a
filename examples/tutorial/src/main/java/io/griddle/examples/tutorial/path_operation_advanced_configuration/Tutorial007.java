package io.griddle.examples.tutorial.path_operation_advanced_configuration;

import io.griddle.App;
import io.griddle.ModelValidationError;
import io.griddle.ModelValidator;
import io.griddle.OpenApiExtra;
import io.griddle.Post;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A YAML body: the handler parses it (SnakeYAML, safe types only) and validates it into {@code Item} as a JSON body
 * would be ({@link ModelValidator}, Pydantic's {@code model_validate}); the document says so by hand with
 * {@code @OpenApiExtra}, the schema written out since an annotation cannot call code.
 */
public final class Tutorial007 {

    /** An item. */
    public record Item(String name, List<String> tags) {}

    private static final ModelValidator<Item> ITEM = ModelValidator.of(Item.class);

    @OpenApiExtra("""
            {"requestBody": {
               "content": {"application/x-yaml": {"schema": {
                 "title": "Item", "required": ["name", "tags"], "type": "object",
                 "properties": {"name": {"title": "Name", "type": "string"},
                                "tags": {"title": "Tags", "type": "array", "items": {"type": "string"}}}}}},
               "required": true}}""")
    @Post("/items/")
    public CompletionStage<Object> createItem(Request request) {
        return request.body().thenApply(rawBody -> {
            Object data;
            try {
                data = new Yaml(new SafeConstructor(new LoaderOptions()))
                        .load(new String(rawBody, StandardCharsets.UTF_8));
            } catch (YAMLException e) {
                throw new HttpError(422, "Invalid YAML");
            }
            try {
                return (Object) ITEM.validate(data);
            } catch (ModelValidationError e) {
                throw new HttpError(422, e.errors());
            }
        });
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial007());
    }
}
