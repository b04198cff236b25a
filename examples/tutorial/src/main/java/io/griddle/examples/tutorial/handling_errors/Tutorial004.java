package io.griddle.examples.tutorial.handling_errors;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.RequestValidationError;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Replacing the default answers: every HTTP error (Griddle's own 404 and 405 too) as plain text, and validation
 * errors as a plain-text 400 listing each field and message.
 */
public final class Tutorial004 {

    @Get("/items/{item_id}")
    public Object readItem(@Path("item_id") int itemId) {
        if (itemId == 3) {
            throw new HttpError(418, "Nope! I don't like 3.");
        }
        return Map.of("item_id", itemId);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .exceptionHandler(
                        HttpError.class,
                        (request, e) ->
                                Response.text(String.valueOf(e.detail())).status(e.status()))
                .exceptionHandler(RequestValidationError.class, (request, e) -> {
                    StringBuilder message = new StringBuilder("Validation errors:");
                    for (RequestValidationError.Issue issue : e.errors()) {
                        message.append("\nField: ")
                                .append(tuple(issue.loc()))
                                .append(", Error: ")
                                .append(issue.msg());
                    }
                    return Response.text(message.toString()).status(400);
                })
                .include(new Tutorial004());
    }

    // The location written as the FastAPI tutorial prints it, a Python tuple: ('path', 'item_id').
    private static String tuple(List<Object> loc) {
        String items = loc.stream()
                .map(part -> part instanceof String text ? "'" + text + "'" : String.valueOf(part))
                .collect(Collectors.joining(", "));
        return "(" + items + (loc.size() == 1 ? ",)" : ")");
    }
}
