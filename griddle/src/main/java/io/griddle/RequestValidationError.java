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

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Issue> errors;
    private final transient Object body;

    public RequestValidationError(List<Issue> errors) {
        this(errors, null);
    }

    /**
     * @param errors what was wrong
     * @param body   the request body as {@link #body()} describes it, or {@code null}
     */
    public RequestValidationError(List<Issue> errors, Object body) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
        this.body = body;
    }

    /** What was wrong, one issue per parameter. */
    public List<Issue> errors() {
        return errors;
    }

    /**
     * The request body, as FastAPI's {@code exc.body}: parsed JSON as plain values (maps, lists, strings, numbers,
     * booleans), the text of a body that is not JSON or did not parse, {@code null} when the route reads no body or
     * none was sent.
     *
     * <pre>{@code
     * app.exceptionHandler(RequestValidationError.class, (request, e) ->
     *         Response.json(Map.of("detail", e.errors(), "body", e.body())).status(422));
     * }</pre>
     */
    public Object body() {
        return body;
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
    public record Issue(
            String type,
            List<Object> loc,
            String msg,
            Object input,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> ctx) {

        /** Keeps its own unmodifiable copy of the location. */
        public Issue {
            loc = loc == null ? null : java.util.Collections.unmodifiableList(java.util.Arrays.asList(loc.toArray()));
        }

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
