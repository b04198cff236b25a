package io.griddle.examples.tutorial.debugging;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.server.Griddle;
import io.griddle.server.ServerConfig;
import java.util.Map;

/**
 * Debugging: an app with its own {@code main}, so that an IDE runs (and debugs) this class directly, with
 * breakpoints in {@link #root}. FastAPI's {@code if __name__ == "__main__": uvicorn.run(app, host=..., port=...)}.
 */
public final class Tutorial001 {

    @Get("/")
    public Object root() {
        String a = "a";
        String b = "b" + a;
        return Map.of("hello world", b);
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }

    /** Where {@link #main} serves: all interfaces, port 8000. */
    static ServerConfig config() {
        return ServerConfig.builder().host("0.0.0.0").port(8000).build();
    }

    /** Serves the app until Ctrl-C: "Run" or "Debug" this class in the IDE. */
    public static void main(String[] args) {
        Griddle.run(app(), config());
    }
}
