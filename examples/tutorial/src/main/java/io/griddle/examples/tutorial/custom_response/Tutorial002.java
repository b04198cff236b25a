package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.ResponseClass;
import io.griddle.responses.HtmlResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** HTML through {@code @ResponseClass(HtmlResponse.class)}: the handler returns the page as text, documented as {@code text/html}. */
public final class Tutorial002 {

    /** FastAPI's page, indentation included (its string sits inside a function body). */
    static final String HTML = "\n"
            + "    <html>\n"
            + "        <head>\n"
            + "            <title>Some HTML in here</title>\n"
            + "        </head>\n"
            + "        <body>\n"
            + "            <h1>Look ma! HTML!</h1>\n"
            + "        </body>\n"
            + "    </html>\n"
            + "    ";

    @ResponseClass(HtmlResponse.class)
    @Get("/items/")
    public CompletionStage<String> readItems() {
        return CompletableFuture.completedFuture(HTML);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
