package io.griddle.files;

import io.griddle.gateway.Gateway;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Receive;
import io.griddle.gateway.Scope;
import io.griddle.gateway.Send;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.griddle.http.Response;
import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Serves the files under a directory, or under a class-path folder, as Starlette's {@code StaticFiles}: a
 * {@link Gateway}, so it is mounted ({@code app.mount("/static", StaticFiles.directory(Path.of("static")))}) or
 * served alone. GET and HEAD only (405 otherwise); ETag and Last-Modified, 304 for a matching
 * {@code If-None-Match} or {@code If-Modified-Since}; byte ranges (206, 416) for files on disk; media types
 * from the name ({@link MediaTypes}). No request path reaches outside the root ({@link SafePaths}; symbolic links
 * out of it only with {@link #followSymlinks}): such paths answer 404, as missing files do.
 *
 * <pre>{@code
 * app.mount("/static", StaticFiles.directory(Path.of("static")));
 * app.mount("/", StaticFiles.directory(Path.of("site")).html(true));        // index.html, 404.html
 * app.mount("/assets", StaticFiles.classpath("public"));                   // from the jar
 * }</pre>
 *
 * <p>Files on disk are looked up on the event loop (a {@code stat}, cheap on a local disk) and sent by the server
 * with {@code sendfile}; class-path resources are read on the blocking executor (see {@link #classpath}).
 * Configure it before the first request.
 */
public final class StaticFiles implements Gateway {

    private final WebApp app = new WebApp().redirectSlashes(false);
    private final boolean onDisk;
    private final Path directory;
    private final ClassLoader loader;
    private final String folder;
    private volatile FileSource source;
    private volatile boolean html;
    private volatile boolean followSymlinks;
    private volatile boolean checkDir = true;

    private StaticFiles(Path directory, ClassLoader loader, String folder) {
        this.onDisk = directory != null;
        this.directory = directory;
        this.loader = loader;
        this.folder = folder;
        Endpoint endpoint = onDisk
                ? Endpoint.of(Endpoint.Kind.ASYNC, this::respond, StaticFiles::asIs)
                : Endpoint.of(Endpoint.Kind.BLOCKING, this::respond, StaticFiles::asIs);
        app.route(Set.of("GET", "HEAD"), "/", endpoint);
        app.route(Set.of("GET", "HEAD"), "/{path:path}", endpoint);
        app.onStartup(state -> check());
    }

    /** The files under a directory (relative to the working directory, or absolute). */
    public static StaticFiles directory(Path directory) {
        return new StaticFiles(directory, null, null);
    }

    /**
     * The resources under a class-path folder ({@code "static"} for {@code src/main/resources/static}), with the
     * thread's context class loader. From a jar they are read into memory (small ones kept), not sent with
     * {@code sendfile} (ranges are cut from the bytes); from a class-path directory (development) they are files.
     */
    public static StaticFiles classpath(String folder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return classpath(loader != null ? loader : StaticFiles.class.getClassLoader(), folder);
    }

    /** The resources under a class-path folder of the given loader. */
    public static StaticFiles classpath(ClassLoader loader, String folder) {
        return new StaticFiles(null, loader, folder);
    }

    /**
     * HTML mode: a directory answers its {@code index.html} (redirecting {@code /dir} to {@code /dir/} first), and a
     * missing file the root's {@code 404.html} with status 404, when there is one. Off by default.
     */
    public StaticFiles html(boolean enabled) {
        this.html = enabled;
        return this;
    }

    /** Follows symbolic links out of the directory (off by default: such links answer 404). */
    public StaticFiles followSymlinks(boolean follow) {
        this.followSymlinks = follow;
        this.source = null;
        return this;
    }

    /** Whether startup fails when the directory does not exist (on by default, as Starlette's {@code check_dir}). */
    public StaticFiles checkDir(boolean check) {
        this.checkDir = check;
        return this;
    }

    @Override
    public CompletionStage<Void> call(Scope scope, Receive receive, Send send) {
        return app.call(scope, receive, send); // a WebSocket is closed: there is nothing to talk to
    }

    @Override
    public void warmUp() {
        app.warmUp();
        // The classes a first request uses, loaded here rather than on an event loop.
        SafePaths.segments("/warm/up.css");
        MediaTypes.guess("up.css");
        ByteRanges.parse("bytes=0-0", 1);
        Validators.of(1, java.time.Instant.EPOCH);
    }

    private void check() {
        if (checkDir && !source().rootExists()) {
            throw new IllegalStateException("StaticFiles " + source().describe() + " does not exist.");
        }
    }

    private FileSource source() {
        FileSource current = source;
        if (current == null) {
            current = onDisk ? new DirectorySource(directory, followSymlinks) : new ClassPathSource(loader, folder);
            source = current;
        }
        return current;
    }

    private Object respond(Request request) {
        List<String> names = SafePaths.segments(request.path());
        if (names == null) {
            throw new HttpError(404, "Not Found");
        }
        FileSource files = source();
        FileSource.Entry entry = files.find(names);
        if (entry instanceof FileSource.Found found) {
            return answer(request, found, last(names));
        }
        if (html) {
            if (entry == FileSource.Directory.INSTANCE) {
                List<String> index = new ArrayList<>(names);
                index.add("index.html");
                if (files.find(index) instanceof FileSource.Found page) {
                    if (!request.path().endsWith("/")) {
                        return Response.redirect(slashed(request.scope()));
                    }
                    return answer(request, page, "index.html");
                }
            }
            if (files.find(List.of("404.html")) instanceof FileSource.Found page) {
                return page.response(404, MediaTypes.guess("404.html"));
            }
        }
        throw new HttpError(404, "Not Found");
    }

    // 200 with the file, or 304 when the client's copy is current (only the validator kept, as Starlette's).
    private static Response answer(Request request, FileSource.Found found, String name) {
        if (Conditions.notModified(request.scope().headers(), found.validators())) {
            return Response.empty(304).header("etag", found.validators().etag());
        }
        // Ranges here, where the request is: the exchange ranges file bodies only, not class-path bytes.
        return FileRanges.forRequest(request, found.response(200, MediaTypes.guess(name)));
    }

    private static String last(List<String> names) {
        return names.isEmpty() ? "" : names.get(names.size() - 1);
    }

    // The same URL with a slash added, under the root path the files are mounted at.
    private static String slashed(HttpScope scope) {
        String location = scope.rootPath() + scope.rawPath() + "/";
        return scope.rawQuery().isEmpty() ? location : location + "?" + scope.rawQuery();
    }

    private static Response asIs(Object result) {
        return (Response) result;
    }
}
