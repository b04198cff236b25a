package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Yield;
import java.util.Map;

/**
 * A context manager inside a dependency: Python's {@code with MySuperContextManager() as db: yield db}. Java's
 * try-with-resources cannot stay open across the return, so the provider opens the manager and hands its
 * {@code close} to {@code onExit}, which runs once the response is sent. The route is the one FastAPI's test adds.
 */
public final class Tutorial010 {

    /** Opens a session and closes it when closed itself. */
    public static final class MySuperContextManager implements AutoCloseable {
        private final DBSession db = new DBSession();

        public DBSession enter() {
            return db;
        }

        @Override
        public void close() {
            db.close();
        }
    }

    public static final class GetDb {
        public Yield<DBSession> provide() {
            MySuperContextManager manager = new MySuperContextManager();
            return Yield.of(manager.enter()).onExit(manager);
        }
    }

    @Get("/")
    public Object readRoot(@Depends(GetDb.class) DBSession db) {
        return Map.of("c", db.toString());
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial010());
    }
}
