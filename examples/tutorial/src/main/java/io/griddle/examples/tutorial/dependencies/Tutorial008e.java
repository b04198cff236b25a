package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Yield;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Exit code that runs before the response is sent, as soon as the handler is done: {@code exitBeforeResponse()}
 * (FastAPI's {@code Depends(get_username, scope="function")}).
 */
public final class Tutorial008e {

    private final List<String> log;

    Tutorial008e(List<String> log) {
        this.log = log;
    }

    public final class GetUsername {
        public Yield<String> provide() {
            return Yield.of("Rick")
                    .onExit(() -> log.add("Cleanup up before response is sent"))
                    .exitBeforeResponse();
        }
    }

    @Get("/users/me")
    public Object getUserMe(@Depends(GetUsername.class) String username) {
        return username;
    }

    /** The app, logging the cleanup into {@code log}. */
    public static App app(List<String> log) {
        Tutorial008e tutorial = new Tutorial008e(log);
        return App.create()
                .provide(GetUsername.class, tutorial.new GetUsername())
                .include(tutorial);
    }

    /** The app. */
    public static App app() {
        return app(new CopyOnWriteArrayList<>());
    }
}
