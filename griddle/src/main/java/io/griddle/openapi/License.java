package io.griddle.openapi;

import java.util.Objects;

/**
 * The document's {@code info.license}, as FastAPI's {@code license_info={...}}: a name, and either a URL or an
 * SPDX identifier (OpenAPI 3.1 allows one of the two).
 *
 * <pre>{@code
 * App.create().license(License.url("Apache 2.0", "https://www.apache.org/licenses/LICENSE-2.0.html"));
 * App.create().license(License.identifier("Apache 2.0", "Apache-2.0"));
 * }</pre>
 *
 * @param name       the license's name
 * @param identifier its SPDX expression, or {@code null}
 * @param url        the URL of its text, or {@code null}
 */
public record License(String name, String identifier, String url) {

    public License {
        Objects.requireNonNull(name, "name");
        if (identifier != null && url != null) {
            throw new IllegalArgumentException("a license has an identifier or a URL, not both (OpenAPI 3.1)");
        }
    }

    /** A license named, with the URL of its text. */
    public static License url(String name, String url) {
        return new License(name, null, Objects.requireNonNull(url, "url"));
    }

    /** A license named, with its SPDX identifier ({@code Apache-2.0}). */
    public static License identifier(String name, String identifier) {
        return new License(name, Objects.requireNonNull(identifier, "identifier"), null);
    }
}
