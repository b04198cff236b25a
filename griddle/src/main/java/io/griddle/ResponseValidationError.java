package io.griddle;

import java.util.List;

/**
 * A handler's result did not fit its {@link ResponseModel}: a bug in the server, answered with 500 and logged, as
 * FastAPI's {@code ResponseValidationError}. The issues locate the problem under {@code ["response", ...]}.
 *
 * <pre>{@code
 * @ResponseModel(Item.class) @Get("/items/{id}") Object item(@Path String id) { return Map.of("name", 1); }
 * // GET /items/x -> 500; the log names ["response", "name"]: Input should be a valid string
 * }</pre>
 */
public final class ResponseValidationError extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final transient List<RequestValidationError.Issue> errors;

    public ResponseValidationError(List<RequestValidationError.Issue> errors) {
        super(errors.size() + " validation error(s) in the response: " + errors, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** What was wrong with the result. */
    public List<RequestValidationError.Issue> errors() {
        return errors;
    }
}
