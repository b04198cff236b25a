package io.griddle.binding;

import io.griddle.security.SecurityScheme;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

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
 * @param responseType the {@code @ResponseModel}, else the declared return type (a {@code CompletionStage}'s result
 *                     type for async handlers)
 * @param status       the success status ({@code @StatusCode}, else 200)
 * @param docs         tags, summary and the rest that only the document shows ({@link RouteDocs})
 * @param bodyMediaType the body's media type: {@code application/json}, {@code application/x-www-form-urlencoded}
 *                      or {@code multipart/form-data} ({@code null} without body parameters)
 * @param security     the security schemes among the route's providers, depth first, each once by name, with the
 *                     OAuth2 scopes required where each is used
 * @param streaming    how a result that is a stream of items is sent (JSON Lines, events, raw), or {@code null}
 */
public record Description(
        String method,
        String path,
        String handlerName,
        List<Parameter> parameters,
        boolean embedBody,
        Type responseType,
        int status,
        RouteDocs docs,
        String bodyMediaType,
        List<SecurityRequirement> security,
        io.griddle.binding.responses.StreamedResults.Streaming streaming) {

    /** A route whose result is not a stream of items. */
    public Description(
            String method,
            String path,
            String handlerName,
            List<Parameter> parameters,
            boolean embedBody,
            Type responseType,
            int status,
            RouteDocs docs,
            String bodyMediaType,
            List<SecurityRequirement> security) {
        this(
                method,
                path,
                handlerName,
                parameters,
                embedBody,
                responseType,
                status,
                docs,
                bodyMediaType,
                security,
                null);
    }

    /**
     * One security requirement of the route: a scheme it depends on and the scopes required (those of the
     * {@code @Security} dependencies on the paths to it, in order, each once); empty for a scheme without scopes.
     *
     * @param scheme the scheme, as configured
     * @param scopes the required OAuth2 scopes
     */
    public record SecurityRequirement(SecurityScheme<?> scheme, List<String> scopes) {

        /** @param scopes copied */
        public SecurityRequirement {
            scopes = List.copyOf(scopes);
        }
    }

    /**
     * Where request values are, in FastAPI's order: the order of validation errors and of documented parameters.
     */
    public static final List<String> LOCATIONS = List.of("path", "query", "header", "cookie", "body");

    /**
     * One request value.
     *
     * @param location     {@code path}, {@code query}, {@code header}, {@code cookie} or {@code body}
     * @param name         the name on the wire ({@code user-agent} for a header), which titles follow
     * @param javaName     the Java parameter's name
     * @param type         the declared type, {@code Optional<T>} included
     * @param required     whether a request without it is a 422
     * @param defaultValue the {@code @Default} value converted to the type, or {@code null}
     * @param constraints  the Jakarta constraint annotations, and {@code @Format}
     * @param annotated    the declared type with its type-use annotations ({@code List<@Size(max = 3) String>}), or
     *                     {@code null}
     * @param docs         what the annotation says for the document only (title, description, ...)
     */
    public record Parameter(
            String location,
            String name,
            String javaName,
            Type type,
            boolean required,
            Object defaultValue,
            List<Annotation> constraints,
            AnnotatedType annotated,
            ParameterDocs docs) {}

    /**
     * Documentation-only facts of a parameter ({@code @Query(title = ..., deprecated = true)}).
     *
     * @param title       the schema's title, or {@code null} for the name in words
     * @param description the description, or {@code null}
     * @param deprecated  whether the document marks it deprecated
     * @param included    whether the document lists it at all
     * @param examples    examples of the value as plain JSON values, documented in its schema ({@code @Body(examples)})
     * @param openapiExamples named Example Objects by name, documented on the media type
     *                    ({@code @Body(openapiExamples)}); empty for none
     */
    public record ParameterDocs(
            String title,
            String description,
            boolean deprecated,
            boolean included,
            List<Object> examples,
            Map<String, Object> openapiExamples) {

        /** Nothing said: the defaults. */
        public static final ParameterDocs NONE = new ParameterDocs(null, null, false, true);

        /** Without examples. */
        public ParameterDocs(String title, String description, boolean deprecated, boolean included) {
            this(title, description, deprecated, included, List.of(), Map.of());
        }

        /** The same docs with these examples. */
        public ParameterDocs withExamples(List<Object> values, Map<String, Object> named) {
            return new ParameterDocs(title, description, deprecated, included, values, named);
        }

        /** From annotation attributes, where empty text means none. */
        public static ParameterDocs of(String title, String description, boolean deprecated, boolean included) {
            return new ParameterDocs(
                    title.isEmpty() ? null : title, description.isEmpty() ? null : description, deprecated, included);
        }
    }

    /** The same description with these documentation settings. */
    public Description withDocs(RouteDocs settings) {
        return new Description(
                method,
                path,
                handlerName,
                parameters,
                embedBody,
                responseType,
                status,
                settings,
                bodyMediaType,
                security,
                streaming);
    }

    /** The same description under a path prefix ({@code App.include("/api", ...)}). */
    public Description under(String prefix) {
        return prefix.isEmpty()
                ? this
                : new Description(
                        method,
                        prefix + path,
                        handlerName,
                        parameters,
                        embedBody,
                        responseType,
                        status,
                        docs,
                        bodyMediaType,
                        security,
                        streaming);
    }
}
