package io.griddle.examples.tutorial.behind_a_proxy;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Request;
import io.griddle.openapi.Server;
import java.util.Map;

/** Behind a proxy: the configured servers only, without the root path ({@code rootPathInServers(false)}). */
public final class Tutorial004 {

    @Get("/app")
    public Map<String, Object> readMain(Request request) {
        return Tutorial001.RootPathMessage.of(request);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .servers(
                        new Server("https://stag.example.com", "Staging environment"),
                        new Server("https://prod.example.com", "Production environment"))
                .rootPath("/api/v1")
                .rootPathInServers(false)
                .include(new Tutorial004());
    }
}
