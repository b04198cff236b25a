package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Yield;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A dependency with exit code: {@code GetDb} opens a session, hands it over, and closes it once the response is
 * sent (a {@code Yield} with {@code onExit}; an {@code AutoCloseable} value alone would be closed the same way).
 * FastAPI's tutorial has only the dependency; its test adds the route, as here.
 */
public final class Tutorial007 {

    /** One session per request, closed after the response; tells {@code opened} of each, for tests. */
    public static final class GetDb {
        private final Consumer<DBSession> opened;

        public GetDb(Consumer<DBSession> opened) {
            this.opened = opened;
        }

        public Yield<DBSession> provide() {
            DBSession db = new DBSession();
            opened.accept(db);
            return Yield.of(db).onExit(db::close);
        }
    }

    @Get("/")
    public Object readRoot(@Depends(GetDb.class) DBSession db) {
        return Map.of("c", db.toString(), "closed", db.isClosed());
    }

    /** The app, telling {@code opened} of every session made. */
    public static App app(Consumer<DBSession> opened) {
        return App.create().provide(GetDb.class, new GetDb(opened)).include(new Tutorial007());
    }

    /** The app. */
    public static App app() {
        return app(db -> {});
    }
}
