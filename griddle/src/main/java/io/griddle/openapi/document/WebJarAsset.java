package io.griddle.openapi.document;

import io.griddle.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * One file of a webjar on the classpath, served with its content type and a {@code cache-control} header. The
 * bytes are read once, on first use, then kept. Only files named in code are served: no request path ever reaches
 * the classpath, so there is nothing to traverse. The webjar's version comes from its Maven metadata, so upgrading
 * the dependency needs no code change.
 *
 * <pre>{@code
 * WebJarAsset css = WebJarAsset.of("org.webjars", "swagger-ui", "swagger-ui.css", "text/css; charset=utf-8");
 * Response response = css.response();
 * }</pre>
 */
public final class WebJarAsset {

    static final String CACHE_CONTROL = "public, max-age=86400";

    private final String groupId;
    private final String artifactId;
    private final String file;
    private final String contentType;
    private volatile byte[] bytes;

    private WebJarAsset(String groupId, String artifactId, String file, String contentType) {
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.file = file;
        this.contentType = contentType;
    }

    /** The file at {@code META-INF/resources/webjars/{artifactId}/{version}/{file}}. */
    public static WebJarAsset of(String groupId, String artifactId, String file, String contentType) {
        return new WebJarAsset(groupId, artifactId, file, contentType);
    }

    /** The file's bytes; fails when the webjar is not on the classpath. */
    public byte[] bytes() {
        byte[] read = bytes;
        if (read == null) {
            String resource = "META-INF/resources/webjars/" + artifactId + "/" + version() + "/" + file;
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

    private String version() {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = WebJarAsset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(groupId + ":" + artifactId + " is not on the classpath: the docs"
                        + " pages need it, or disable them with docsUrl(null) / redocUrl(null)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 response with the file. */
    public Response response() {
        return Response.bytes(bytes(), contentType).header("cache-control", CACHE_CONTROL);
    }
}
