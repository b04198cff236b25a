package io.griddle.web;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.gateway.WebSocketScope;
import io.griddle.routing.PathText;
import io.griddle.routing.RouteMatch;
import io.griddle.routing.Router;
import io.griddle.routing.UrlPaths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The applications mounted under path prefixes ({@link WebApp#mount}), as Starlette's {@code Mount}: a request
 * under a prefix goes to its application with the prefix moved from the path to the root path
 * ({@code /v1/items} becomes path {@code /items}, root path {@code <root>/v1}), for HTTP and WebSocket scopes.
 * The longest matching prefix wins. Each mounted application's lifespan runs inside its parent's. A mount may have a
 * name, to build URLs by: {@code name} with a {@code path} parameter gives a path under the prefix, and
 * {@code name:route} a named route of the mounted application (an unnamed mount's routes by their own names).
 */
final class Mounts {

    /** How long a mounted application's shutdown hooks may take. */
    static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(30);

    /**
     * One mount.
     *
     * @param prefix the path prefix, starting with {@code /} and without a trailing one ({@code /v1})
     * @param name   the name URLs are built by, or {@code null}
     * @param app    what serves it
     */
    record Mount(String prefix, String name, Gateway app) {}

    private final List<Mount> mounts = new CopyOnWriteArrayList<>();
    private final List<Mount> inOrder = new CopyOnWriteArrayList<>();

    boolean isEmpty() {
        return mounts.isEmpty();
    }

    Mount add(String prefix, Gateway app) {
        return add(prefix, null, app);
    }

    Mount add(String prefix, String name, Gateway app) {
        if (name != null && (name.isEmpty() || name.indexOf(':') >= 0)) {
            throw new IllegalArgumentException("a mount's name is not empty and has no ':': '" + name + "'");
        }
        if (!prefix.startsWith("/")) {
            throw new IllegalArgumentException("a mount path starts with '/': " + prefix);
        }
        String trimmed = prefix.replaceAll("/+$", "");
        for (Mount mount : mounts) {
            if (mount.prefix().equals(trimmed)) {
                throw new IllegalArgumentException("something is mounted at '" + prefix + "' already");
            }
        }
        Mount mount = new Mount(trimmed, name, app);
        inOrder.add(mount);
        List<Mount> sorted = new ArrayList<>(mounts);
        sorted.add(mount);
        sorted.sort(Comparator.comparingInt((Mount m) -> m.prefix().length()).reversed());
        mounts.clear();
        mounts.addAll(sorted);
        return mount;
    }

    List<Mount> all() {
        return List.copyOf(mounts);
    }

    /**
     * The path of a name under the mounts, in the order they were added: a mount's own name with exactly a
     * {@code path} parameter gives {@code prefix/path} (leading slashes of the value dropped, the rest encoded with
     * its slashes kept); {@code mountName:rest} asks that mount's application for {@code rest}, and an unnamed
     * mount's application is asked for the whole name. {@code null} when nothing has it.
     */
    String pathFor(String name, java.util.Map<String, ?> params) {
        for (Mount mount : inOrder) {
            String mountName = mount.name();
            if (name.equals(mountName) && params.size() == 1 && params.get("path") != null) {
                String path = params.get("path").toString().replaceFirst("^/+", "");
                return mount.prefix() + "/" + PathText.encode(path, true);
            }
            if (mount.app() instanceof UrlPaths child) {
                String inner = mountName == null
                        ? name
                        : name.startsWith(mountName + ":") ? name.substring(mountName.length() + 1) : null;
                String path = inner == null ? null : child.pathFor(inner, params);
                if (path != null) {
                    return mount.prefix() + path;
                }
            }
        }
        return null;
    }

    /** The mount whose prefix the path is under ({@code /v1/...}; {@code /v1} itself is not), or {@code null}. */
    Mount find(String path) {
        for (Mount mount : mounts) {
            String prefix = mount.prefix();
            if (prefix.isEmpty()
                    || path.startsWith(prefix)
                            && path.length() > prefix.length()
                            && path.charAt(prefix.length()) == '/') {
                return mount;
            }
        }
        return null;
    }

    /** The mount for which the path is the prefix without its slash ({@code /v1}), to redirect to {@code /v1/}. */
    Mount exactly(String path) {
        for (Mount mount : mounts) {
            if (!mount.prefix().isEmpty() && mount.prefix().equals(path)) {
                return mount;
            }
        }
        return null;
    }

    /**
     * Hands the scope to the mounted application it is for, or answers {@code null} when it is this application's:
     * no mount's prefix, or (HTTP) a route of the parent matches the path and method, as routes declared before a
     * mount win in Starlette.
     */
    CompletionStage<Void> call(Scope scope, Receive receive, Send send, Router router) {
        if (scope instanceof HttpScope http) {
            Mount mount = find(http.path());
            if (mount == null || router.match(http.method(), http.path()) instanceof RouteMatch.Found) {
                return null;
            }
            return mount.app().call(child(http, mount), receive, send);
        }
        if (scope instanceof WebSocketScope webSocket) {
            Mount mount = find(webSocket.path());
            return mount == null ? null : mount.app().call(child(webSocket, mount), receive, send);
        }
        return null;
    }

    static HttpScope child(HttpScope scope, Mount mount) {
        String prefix = mount.prefix();
        return new HttpScope(
                scope.method(),
                scope.path().substring(prefix.length()),
                strip(scope.rawPath(), prefix),
                scope.rawQuery(),
                scope.httpVersion(),
                scope.scheme(),
                scope.rootPath() + prefix,
                scope.headers(),
                scope.connection());
    }

    static WebSocketScope child(WebSocketScope scope, Mount mount) {
        String prefix = mount.prefix();
        return new WebSocketScope(
                scope.path().substring(prefix.length()),
                scope.rawQuery(),
                scope.scheme(),
                scope.rootPath() + prefix,
                scope.headers(),
                scope.subprotocols(),
                scope.connection());
    }

    // The raw path after the prefix; a prefix written percent-encoded in the request (rare) is cut by its segments.
    private static String strip(String rawPath, String prefix) {
        if (rawPath.startsWith(prefix)
                && rawPath.length() > prefix.length()
                && rawPath.charAt(prefix.length()) == '/') {
            return rawPath.substring(prefix.length());
        }
        int segments = prefix.isEmpty() ? 0 : prefix.split("/", -1).length - 1;
        int at = 0;
        for (int i = 0; i < segments; i++) {
            int next = rawPath.indexOf('/', at + 1);
            if (next < 0) {
                return "/";
            }
            at = next;
        }
        return rawPath.substring(at);
    }
}
