package io.griddle.http.internal;

import io.griddle.http.Request;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * What the application does to a request and its handlers must not: record the route that matched, and run the
 * tasks after the response. These are package-private on {@link Request}; {@code Request} hands this class the one
 * {@link Accessor} to them when it loads, for {@code io.griddle.web} to use. Not API: the package is internal to
 * griddle-core (a module exports it to no one).
 */
public final class RequestAccess {

    /** The package-private operations of {@link Request}. */
    public interface Accessor {
        /** Records the route that matched and its converted path parameters. */
        void matched(Request request, String routeTemplate, Map<String, Object> params);

        /** Runs the tasks added with {@link Request#afterResponse}; called once, when the response is sent. */
        CompletionStage<Void> runAfterResponse(Request request);
    }

    private static volatile Accessor accessor;

    private RequestAccess() {
    }

    /** Called once, by {@link Request} as it loads. */
    public static void install(Accessor request) {
        if (accessor != null) {
            throw new IllegalStateException("the request accessor is installed already");
        }
        accessor = request;
    }

    /** The accessor; loads {@link Request} first if nothing has yet. */
    public static Accessor get() {
        Accessor installed = accessor;
        if (installed == null) {
            try {
                MethodHandles.lookup().ensureInitialized(Request.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            installed = accessor;
        }
        return installed;
    }
}
