package io.griddle.openapi;

import java.util.Objects;

/**
 * A tag's metadata in the OpenAPI document's top-level {@code tags}, as FastAPI's {@code openapi_tags}: its
 * description (Markdown) and an optional link to external documentation. The docs pages list tags in this order.
 *
 * <pre>{@code
 * App.create().tags(
 *         Tag.of("users", "Operations with users. The **login** logic is also here."),
 *         Tag.of("items", "Manage items. So _fancy_ they have their own docs.")
 *                 .externalDocs("Items external docs", "https://example.com/items"));
 * }</pre>
 *
 * @param name                    the tag, as routes use it
 * @param description             its description, or {@code null}
 * @param externalDocsDescription the external documentation's description, or {@code null}
 * @param externalDocsUrl         the external documentation's URL, or {@code null} for none
 */
public record Tag(String name, String description, String externalDocsDescription, String externalDocsUrl) {

    public Tag {
        Objects.requireNonNull(name, "name");
    }

    /** A tag with a description. */
    public static Tag of(String name, String description) {
        return new Tag(name, description, null, null);
    }

    /** The same tag with a link to external documentation. */
    public Tag externalDocs(String docsDescription, String url) {
        return new Tag(name, description, docsDescription, Objects.requireNonNull(url, "url"));
    }
}
