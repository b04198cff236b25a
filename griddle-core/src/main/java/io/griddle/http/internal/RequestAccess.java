package io.griddle.http.internal;

import io.griddle.http.Request;
import io.griddle.websocket.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * What the application that drives a request does to it and its handlers must not: record the route that matched,
 * and run the tasks after the response. These are package-private on {@link Request}; {@code Request} hands this
 * package the one implementation when its class is initialized, so the web layer reaches them with a plain interface
 * call and nobody else can. The package is not exported by the {@code io.griddle.core} module.
 */
public abstract class RequestAccess {

    private static RequestAccess instance;

    /** Called once, by {@link Request}'s static initializer. */
    public static void install(RequestAccess access) {
        if (instance != null) {
            throw new IllegalStateException("request access is installed already");
        }
        instance = access;
    }

    /** The implementation; initializes {@link Request} first if nothing has yet. */
    public static RequestAccess get() {
        RequestAccess access = instance;
        if (access == null) {
            try {
                Class.forName(Request.class.getName(), true, Request.class.getClassLoader());
            } catch (ClassNotFoundException impossible) {
                throw new IllegalStateException(impossible);
            }
            access = instance;
        }
        return access;
    }

    /** Records the route that matched and its converted path parameters, when the router has found it. */
    public abstract void matched(Request request, String routeTemplate, Map<String, Object> params);

    /** Runs the tasks added with {@link Request#afterResponse}; called once, when the response is sent. */
    public abstract CompletionStage<Void> runAfterResponse(Request request);

    /** Gives the request its session's data (the sessions middleware does, before the handler runs). */
    public abstract void session(Request request, Map<String, Object> session);

    /** Gives the request the named routes and mounts of its application, for {@link Request#urlFor}. */
    public abstract void urlPaths(Request request, io.griddle.routing.UrlPaths paths);

    /** Makes the request the handshake of the WebSocket session ({@link Request#webSocket()}). */
    public abstract void attach(Request request, WebSocket session);
}
