package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Yield;
import io.griddle.http.HttpError;
import java.util.Map;

/**
 * A dependency that sees the handler's error: the handler throws {@code OwnerError}, and the dependency's
 * {@code onError} answers it with a 400 instead.
 */
public final class Tutorial008b {

    private static final Map<String, Map<String, String>> DATA = Map.of(
            "plumbus", Map.of("description", "Freshly pickled plumbus", "owner", "Morty"),
            "portal-gun", Map.of("description", "Gun to create portals", "owner", "Rick"));

    /** The item does not belong to the user. */
    public static final class OwnerError extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        public OwnerError(String username) {
            super(username);
        }
    }

    public static final class GetUsername {
        public Yield<String> provide() {
            return Yield.of("Rick").onError(error -> {
                if (error instanceof OwnerError owner) {
                    throw new HttpError(400, "Owner error: " + owner.getMessage());
                }
            });
        }
    }

    @Get("/items/{item_id}")
    public Object getItem(@Path("item_id") String itemId, @Depends(GetUsername.class) String username) {
        Map<String, String> item = DATA.get(itemId);
        if (item == null) {
            throw new HttpError(404, "Item not found");
        }
        if (!item.get("owner").equals(username)) {
            throw new OwnerError(username);
        }
        return item;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial008b());
    }
}
