package io.griddle.openapi;

import java.util.List;

/**
 * The document's {@code info} and top-level {@code tags}: what {@code App.create().title(...).version(...)} and the
 * other metadata setters set, as FastAPI's {@code FastAPI(title=..., summary=..., ...)}.
 *
 * <pre>{@code
 * new OpenApiInfo("Burger shop", "1.0.0", "Burgers, cooked concurrently.");
 * }</pre>
 *
 * @param description    may be {@code null}: then the document has none
 * @param summary        a short summary, or {@code null}
 * @param termsOfService the URL of the terms of service, or {@code null}
 * @param contact        the contact, or {@code null}
 * @param license        the license, or {@code null}
 */
public record OpenApiInfo(
        String title,
        String version,
        String description,
        List<Tag> tags,
        String summary,
        String termsOfService,
        Contact contact,
        License license) {

    /** Info without tag metadata. */
    public OpenApiInfo(String title, String version, String description) {
        this(title, version, description, List.of());
    }

    /** Info with tag metadata and no summary, terms, contact or license. */
    public OpenApiInfo(String title, String version, String description, List<Tag> tags) {
        this(title, version, description, tags, null, null, null, null);
    }

    /** FastAPI's defaults are "FastAPI" and "0.1.0"; Griddle's are "Griddle" and "0.1.0". */
    public static OpenApiInfo defaults() {
        return new OpenApiInfo("Griddle", "0.1.0", null);
    }
}
