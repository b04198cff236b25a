package io.griddle;

import java.util.List;

/**
 * The request did not fit the handler's signature: a parameter was missing or would not convert. Answered with 422
 * and FastAPI's body, {@code {"detail":[{"type":..,"loc":[..],"msg":..,"input":..}]}}; replace the answer with
 * {@code app.exceptionHandler(RequestValidationError.class, ...)}.
 */
public final class RequestValidationError extends RuntimeException {

    private final transient List<Issue> errors;

    public RequestValidationError(List<Issue> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** What was wrong, one issue per parameter. */
    public List<Issue> errors() {
        return errors;
    }

    /**
     * One problem, in Pydantic v2's shape and key order.
     *
     * @param type  a machine-readable kind: {@code missing}, {@code int_parsing}, ...
     * @param loc   where: {@code ["query", "q"]}
     * @param msg   for people: {@code Field required}
     * @param input what the request carried, or {@code null}
     */
    public record Issue(String type, List<Object> loc, String msg, Object input) {
    }
}
