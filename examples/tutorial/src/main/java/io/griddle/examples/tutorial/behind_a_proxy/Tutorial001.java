package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Request;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Behind a proxy: the root path the server was given ({@code --root-path /api/v1}) is in the request's scope, and
 * the docs use it.
 */
public final class Tutorial001 {

    @Get("/app")
    public Map<String, Object> readMain(Request request) {
        return RootPathMessage.of(request);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }

    /** {@code {"message": "Hello World", "root_path": ...}}, shared by the chapter's tutorials. */
    static final class RootPathMessage {
        private RootPathMessage() {}

        static Map<String, Object> of(Request request) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("message", "Hello World");
            body.put("root_path", request.scope().rootPath());
            return body;
        }
    }
}
