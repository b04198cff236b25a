package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.http.Json;
import io.griddle.http.Response;
import io.griddle.responses.ResponseRenderer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;

/** A response class of your own: JSON indented by two spaces, as FastAPI's ORJSON with {@code OPT_INDENT_2}. */
public final class Tutorial009c {

    /** Renders the result as indented JSON; the writer is made once. */
    public static final class IndentedJsonResponse implements ResponseRenderer {
        private static final ObjectWriter INDENTED = Json.mapper()
                .writer()
                .with(new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectNameValueSpacing(Separators.Spacing.AFTER)));

        @Override
        public String mediaType() {
            return "application/json";
        }

        @Override
        public Response render(Object value, int status) {
            return Response.rawJson(INDENTED.writeValueAsBytes(value)).status(status);
        }
    }

    @ResponseClass(IndentedJsonResponse.class)
    @Get("/")
    public CompletionStage<Map<String, String>> main() {
        return CompletableFuture.completedFuture(Map.of("message", "Hello World"));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial009c());
    }
}
