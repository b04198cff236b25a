package io.griddle;

import io.griddle.responses.ResponseRenderer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a route turns what its handler returns into a response, as FastAPI's {@code response_class}: HTML, plain text,
 * a redirect, JSON as it is, or a class of your own. The OpenAPI document shows its media type for the success
 * response ({@code text/html} with a string schema, say). On a controller class it is the default of every route in
 * it (FastAPI's {@code default_response_class}). A handler that returns a {@link io.griddle.http.Response} still
 * sends that as it is.
 *
 * <pre>{@code
 * @ResponseClass(HtmlResponse.class)
 * @Get("/items/") String items() { return "<h1>Items</h1>"; }
 *
 * @ResponseClass(RedirectResponse.class) @StatusCode(302)
 * @Get("/docs-site") String docs() { return "https://docs.example.com/"; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ResponseClass {
    /** The renderer; it needs a public no-argument constructor and is made once, at startup. */
    Class<? extends ResponseRenderer> value();
}
