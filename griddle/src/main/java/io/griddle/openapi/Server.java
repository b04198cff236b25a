package io.griddle.openapi;

/**
 * One entry of the document's {@code servers}, as FastAPI's {@code servers=[{"url": ..., "description": ...}]}.
 *
 * <pre>{@code
 * App.create().servers(new Server("https://stag.example.com", "Staging environment"));
 * }</pre>
 *
 * @param url         the server's URL, absolute or a path ({@code /api/v1})
 * @param description may be {@code null}: then the entry has none
 */
public record Server(String url, String description) {

    /** A server without description. */
    public Server(String url) {
        this(url, null);
    }
}
