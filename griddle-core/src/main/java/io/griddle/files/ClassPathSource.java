package io.griddle.files;

import io.griddle.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Files under a folder of the class path ({@code static/} inside the application's jar, say). A resource that is a
 * plain file (the class path is a directory, as in development) is served as a {@link DirectorySource} file, from
 * disk. A resource inside a jar cannot be sent with {@code sendfile} (it is compressed inside the archive), so its
 * bytes are read into memory: kept once read when at most {@value #KEEP_LIMIT} bytes, up to {@value #KEEP_TOTAL}
 * bytes in all, read again for each request otherwise; ranges are cut from those bytes.
 */
final class ClassPathSource implements FileSource {

    static final int KEEP_LIMIT = 1024 * 1024;
    static final long KEEP_TOTAL = 64L * 1024 * 1024;

    private final ClassLoader loader;
    private final String prefix;
    private final Map<String, Found> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    ClassPathSource(ClassLoader loader, String folder) {
        this.loader = loader;
        String trimmed = folder.replaceAll("^/+|/+$", "");
        this.prefix = trimmed.isEmpty() ? "" : trimmed + "/";
    }

    @Override
    public Entry find(List<String> names) {
        String name = prefix + String.join("/", names);
        Found known = kept.get(name);
        if (known != null) {
            return known;
        }
        if (names.isEmpty()) {
            return rootExists() ? Directory.INSTANCE : Missing.INSTANCE;
        }
        URL url = loader.getResource(name);
        if (url == null) {
            return loader.getResource(name + "/") != null ? Directory.INSTANCE : Missing.INSTANCE;
        }
        try {
            if (url.getProtocol().equals("file")) {
                return new DirectorySource(Path.of(url.toURI()).getParent(), true)
                        .find(List.of(names.get(names.size() - 1)));
            }
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            if (connection instanceof JarURLConnection jar && jar.getJarEntry().isDirectory()) {
                return Directory.INSTANCE;
            }
            byte[] bytes;
            try (InputStream in = connection.getInputStream()) {
                bytes = in.readAllBytes();
            }
            long modified = connection.getLastModified();
            Found found = new Bytes(bytes, Validators.of(bytes.length, Instant.ofEpochMilli(Math.max(0, modified))));
            if (bytes.length <= KEEP_LIMIT && keptBytes.addAndGet(bytes.length) <= KEEP_TOTAL) {
                kept.putIfAbsent(name, found);
            }
            return found;
        } catch (IOException | URISyntaxException | RuntimeException unreadable) {
            return Missing.INSTANCE;
        }
    }

    @Override
    public boolean rootExists() {
        return prefix.isEmpty() || loader.getResource(prefix) != null;
    }

    @Override
    public String describe() {
        return "class-path folder '" + prefix + "'";
    }

    /** A resource read into memory. */
    private record Bytes(byte[] bytes, Validators validators) implements Found {
        @Override
        public Response response(int status, String mediaType) {
            return Response.bytes(bytes, mediaType)
                    .status(status)
                    .header("content-length", Integer.toString(bytes.length))
                    .header("last-modified", validators.lastModified())
                    .header("etag", validators.etag())
                    .header("accept-ranges", "bytes");
        }
    }
}
