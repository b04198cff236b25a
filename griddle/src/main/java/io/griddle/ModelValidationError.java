package io.griddle;

import io.griddle.RequestValidationError.Issue;
import java.util.List;

/**
 * Data did not fit a type ({@link ModelValidator#validate}), as Pydantic's {@code ValidationError}: every problem,
 * in the shape of a 422's {@code detail} entries, located from the data's root. Not an answer by itself: uncaught,
 * it is a 500, as in FastAPI; a handler that validates client data turns it into a 422.
 *
 * <pre>{@code
 * catch (ModelValidationError e) { throw new HttpError(422, e.errors()); }
 * }</pre>
 */
public final class ModelValidationError extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Issue> errors;

    /** The problems found validating into the type. */
    public ModelValidationError(Class<?> type, List<Issue> errors) {
        super(errors.size() + " validation error(s) for " + type.getSimpleName() + ": " + errors, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** The problems: type, loc, msg, input, ctx, as FastAPI's {@code e.errors(include_url=False)}. */
    public List<Issue> errors() {
        return errors;
    }
}
