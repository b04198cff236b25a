package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Yield;
import io.griddle.http.HttpError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dependency that catches the handler's error and does not raise it again. In Griddle an error handler that
 * returns lets the error go on (a failed request still needs an answer), so the answer is the plain 500, as FastAPI's
 * is once it has complained that the dependency swallowed the error.
 */
public final class Tutorial008c {

    private static final Logger LOG = LoggerFactory.getLogger(Tutorial008c.class);

    /** Something went wrong inside. */
    public static final class InternalError extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        public InternalError(String message) {
            super(message);
        }
    }

    public static final class GetUsername {
        public Yield<String> provide() {
            return Yield.of("Rick").onError(error -> {
                if (error instanceof InternalError) {
                    LOG.warn("Oops, we didn't raise again, Britney");
                }
            });
        }
    }

    @Get("/items/{item_id}")
    public Object getItem(@Path("item_id") String itemId, @Depends(GetUsername.class) String username) {
        if (itemId.equals("portal-gun")) {
            throw new InternalError("The portal gun is too dangerous to be owned by " + username);
        }
        if (!itemId.equals("plumbus")) {
            throw new HttpError(404, "Item not found, there's only a plumbus here");
        }
        return itemId;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial008c());
    }
}
