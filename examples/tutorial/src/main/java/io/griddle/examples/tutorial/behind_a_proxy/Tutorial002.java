package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Request;
import java.util.Map;

/** Behind a proxy: the root path set in the app ({@code App.rootPath}) rather than on the server. */
public final class Tutorial002 {

    @Get("/app")
    public Map<String, Object> readMain(Request request) {
        return Tutorial001.RootPathMessage.of(request);
    }

    /** The app. */
    public static App app() {
        return App.create().rootPath("/api/v1").include(new Tutorial002());
    }
}
