package io.griddle.binding;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * What the binding layer learned about one route at startup, kept for tools such as the OpenAPI generator: the
 * same parameters, types, defaults and constraints the binders were built from, so the document and the
 * validation can never disagree.
 *
 * <pre>{@code
 * for (Endpoints.Declared route : Endpoints.scan(new Items())) {
 *     Description d = route.description();   // GET /items/{item_id} readItem [path item_id int required]
 * }
 * }</pre>
 *
 * @param method       the HTTP method, {@code GET}
 * @param path         the route's path as declared, converters included ({@code /items/{id:int}})
 * @param handlerName  the Java method's name, {@code readItem}
 * @param parameters   path, query, header and cookie parameters, then the handler's and its providers' bodies
 * @param embedBody    whether body parameters are fields of one JSON object (several, or {@code @Body(embed = true)})
 * @param responseType the declared return type, a {@code CompletionStage}'s result type for async handlers
 * @param status       the success status ({@code @Status}, else 200)
 */
public record Description(String method, String path, String handlerName, List<Parameter> parameters,
                          boolean embedBody, Type responseType, int status) {

    /**
     * One request value.
     *
     * @param location     {@code path}, {@code query}, {@code header}, {@code cookie} or {@code body}
     * @param name         the name on the wire ({@code user-agent} for a header), which titles follow
     * @param javaName     the Java parameter's name
     * @param type         the declared type, {@code Optional<T>} included
     * @param required     whether a request without it is a 422
     * @param defaultValue the {@code @Default} value converted to the type, or {@code null}
     * @param constraints  the Jakarta constraint annotations
     * @param docs         what the annotation says for the document only (title, description, ...)
     */
    public record Parameter(String location, String name, String javaName, Type type, boolean required,
                            Object defaultValue, List<Annotation> constraints, Docs docs) {
    }

    /**
     * Documentation-only facts of a parameter ({@code @Query(title = ..., deprecated = true)}).
     *
     * @param title       the schema's title, or {@code null} for the name in words
     * @param description the description, or {@code null}
     * @param deprecated  whether the document marks it deprecated
     * @param included    whether the document lists it at all
     */
    public record Docs(String title, String description, boolean deprecated, boolean included) {

        /** Nothing said: the defaults. */
        public static final Docs NONE = new Docs(null, null, false, true);

        /** From annotation attributes, where empty text means none. */
        public static Docs of(String title, String description, boolean deprecated, boolean included) {
            return new Docs(title.isEmpty() ? null : title, description.isEmpty() ? null : description, deprecated,
                    included);
        }
    }

    /** The same description under a path prefix ({@code App.include("/api", ...)}). */
    public Description under(String prefix) {
        return prefix.isEmpty() ? this
                : new Description(method, prefix + path, handlerName, parameters, embedBody, responseType, status);
    }
}
