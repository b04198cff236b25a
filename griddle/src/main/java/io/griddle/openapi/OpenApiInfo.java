package io.griddle.openapi;

/**
 * The document's {@code info}: what {@code App.create().title(...).version(...).description(...)} set.
 *
 * <pre>{@code
 * new OpenApiInfo("Burger shop", "1.0.0", "Burgers, cooked concurrently.");
 * }</pre>
 *
 * @param description may be {@code null}: then the document has none
 */
public record OpenApiInfo(String title, String version, String description, java.util.List<Tag> tags) {

    /** Info without tag metadata. */
    public OpenApiInfo(String title, String version, String description) {
        this(title, version, description, java.util.List.of());
    }

    /** FastAPI's defaults are "FastAPI" and "0.1.0"; Griddle's are "Griddle" and "0.1.0". */
    public static OpenApiInfo defaults() {
        return new OpenApiInfo("Griddle", "0.1.0", null);
    }
}
