package io.griddle;

import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.json.JsonBinder;
import io.griddle.binding.json.JsonBinders;
import io.griddle.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Validates data a handler parsed itself (YAML, a message from a queue) into a type, exactly as a JSON body of that
 * type is validated, as Pydantic's {@code Item.model_validate(data)}: the same conversions, defaults and constraints,
 * and every problem reported, with locations from the data's root ({@code ["tags", 3]}). Build it once (a field);
 * validating allocates only the value and its tree.
 *
 * <pre>{@code
 * private static final ModelValidator<Item> ITEM = ModelValidator.of(Item.class);
 * try {
 *     Item item = ITEM.validate(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
 * } catch (ModelValidationError e) {
 *     throw new HttpError(422, e.errors());
 * }
 * }</pre>
 *
 * @param <T> the type
 */
public final class ModelValidator<T> {

    private final Class<T> type;
    private final JsonBinder binder;

    private ModelValidator(Class<T> type) {
        this.type = type;
        this.binder = JsonBinders.forType(type, "ModelValidator.of(" + type.getName() + ")");
    }

    /** The validator of a type (a record, usually); fails now if the type cannot be bound. */
    public static <T> ModelValidator<T> of(Class<T> type) {
        return new ModelValidator<>(Objects.requireNonNull(type, "type"));
    }

    /**
     * The data as a value of the type.
     *
     * @param data plain values: maps with string keys, lists, strings, numbers, booleans, {@code null}
     * @throws ModelValidationError with every problem, when the data does not fit
     */
    public T validate(Object data) {
        JsonNode node = Json.mapper().valueToTree(data);
        List<Issue> issues = new ArrayList<>();
        Object value = binder.bind(node, List.of(), issues);
        if (value == JsonBinder.INVALID || !issues.isEmpty()) {
            List<Issue> plain = new ArrayList<>(issues.size());
            for (Issue issue : issues) {
                plain.add(new Issue(issue.type(), issue.loc(), issue.msg(), plain(issue.input()), issue.ctx()));
            }
            throw new ModelValidationError(type, plain);
        }
        return type.cast(value);
    }

    // The binders report JSON nodes as inputs; users get the plain values they passed in.
    private static Object plain(Object input) {
        return input instanceof JsonNode node ? Json.mapper().treeToValue(node, Object.class) : input;
    }
}
