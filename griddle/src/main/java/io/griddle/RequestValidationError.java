package io.griddle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The request did not fit the handler's signature: a parameter was missing, would not convert or broke a constraint.
 * Answered with 422 and FastAPI's body, {@code {"detail":[{"type":..,"loc":[..],"msg":..,"input":..,"ctx":..}]}};
 * replace the answer with {@code app.exceptionHandler(RequestValidationError.class, ...)}.
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
     * @param ctx   the rule's parameters ({@code {"min_length": 3}}), or {@code null}: then left out of the JSON
     */
    public record Issue(String type, List<Object> loc, String msg, Object input,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> ctx) {

        /** An issue without context, e.g. {@code missing}. */
        public Issue(String type, List<Object> loc, String msg, Object input) {
            this(type, loc, msg, input, null);
        }

        /** The same issue one level deeper: {@code ["name"]} under {@code ["body"]} is {@code ["body", "name"]}. */
        public Issue under(List<Object> prefix) {
            List<Object> full = new java.util.ArrayList<>(prefix.size() + loc.size());
            full.addAll(prefix);
            full.addAll(loc);
            return new Issue(type, full, msg, input, ctx);
        }
    }
}
