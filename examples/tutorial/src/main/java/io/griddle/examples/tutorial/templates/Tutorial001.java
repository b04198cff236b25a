package io.griddle.examples.tutorial.templates;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.ResponseClass;
import io.griddle.files.StaticFiles;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.responses.HtmlResponse;
import java.util.Map;

/**
 * Templates: {@code GET /items/{id}} renders {@code templates/item.jte}, whose links come from
 * {@code request.urlFor}: the route by its name ({@code readItem}) and the stylesheet through the mount named
 * {@code static}.
 */
public final class Tutorial001 {

    private Tutorial001() {}

    /** The page's controller. */
    public static final class Items {

        private final Templates templates;

        Items(Templates templates) {
            this.templates = templates;
        }

        @Get("/items/{id}")
        @ResponseClass(HtmlResponse.class)
        public Response readItem(Request request, @Path String id) {
            return templates.response("templates/item.jte", Map.of("request", request, "id", id));
        }
    }

    /** The app, serving the stylesheet bundled with the tutorial (the jar runs from any directory). */
    public static App app() {
        return app(StaticFiles.classpath("io/griddle/examples/tutorial/templates/static"));
    }

    /** The app, serving the given static files at {@code /static} (the tests' temporary directory). */
    public static App app(java.nio.file.Path staticDirectory) {
        return app(StaticFiles.directory(staticDirectory));
    }

    private static App app(StaticFiles staticFiles) {
        Templates templates = Templates.precompiled();
        App app = App.create().mount("/static", staticFiles, "static").include(new Items(templates));
        app.web().onWarmUp(() -> templates.prepare("templates/item.jte"));
        return app;
    }
}
