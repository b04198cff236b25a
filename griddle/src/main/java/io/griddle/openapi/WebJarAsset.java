package io.griddle.openapi;

import io.griddle.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One file of a webjar on the classpath, served with its content type and a {@code cache-control} header. The
 * bytes are read once, on first use, then kept. Only files named in code are served: no request path ever reaches
 * the classpath, so there is nothing to traverse.
 *
 * <pre>{@code
 * WebJarAsset css = WebJarAsset.of("swagger-ui/5.34.1/swagger-ui.css", "text/css; charset=utf-8");
 * Response response = css.response();
 * }</pre>
 */
public final class WebJarAsset {

    static final String CACHE_CONTROL = "public, max-age=86400";

    private final String resource;
    private final String contentType;
    private volatile byte[] bytes;

    private WebJarAsset(String resource, String contentType) {
        this.resource = resource;
        this.contentType = contentType;
    }

    /** A file under {@code META-INF/resources/webjars/}. */
    public static WebJarAsset of(String webjarPath, String contentType) {
        return new WebJarAsset("META-INF/resources/webjars/" + webjarPath, contentType);
    }

    /** The file's bytes; fails when the webjar is not on the classpath. */
    public byte[] bytes() {
        byte[] read = bytes;
        if (read == null) {
            try (InputStream in = WebJarAsset.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                read = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = read;
        }
        return read;
    }

    /** A 200 response with the file. */
    public Response response() {
        return Response.bytes(bytes(), contentType).header("cache-control", CACHE_CONTROL);
    }
}
