package io.griddle.examples.tutorial.templates;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.griddle.http.Response;
import java.util.Map;

/**
 * HTML templates for the tutorial, as FastAPI's {@code Jinja2Templates}: jte templates ({@code src/main/jte}),
 * compiled to Java classes when the module is built, so the jar needs neither a template folder nor a compiler, a
 * template's mistakes fail the build, and every {@code ${value}} is HTML-escaped for where it stands (text,
 * attribute, URL). Decision 045 says why jte, and why this helper lives in the examples rather than the framework.
 *
 * <pre>{@code
 * Templates templates = Templates.precompiled();
 * app.web().onWarmUp(() -> templates.prepare("templates/item.jte"));      // loaded before the first request
 * return templates.response("templates/item.jte", Map.of("request", request, "id", id));
 * }</pre>
 */
public final class Templates {

    /** The package the build's jte plugin writes the compiled templates into (see the module's pom). */
    static final String PACKAGE = "io.griddle.examples.tutorial.jte";

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates compiled with this module, found on its class path (in the shaded jar too). */
    public static Templates precompiled() {
        return new Templates(
                TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE));
    }

    /**
     * Loads a template's class now, so that the first request does not: call it from the app's warm-up.
     *
     * @param name the template's path under {@code src/main/jte}, {@code templates/item.jte}
     */
    public void prepare(String name) {
        engine.prepareForRendering(name);
    }

    /**
     * Renders a template with its parameters, by name.
     *
     * @param name    the template's path under {@code src/main/jte}, {@code templates/item.jte}
     * @param context the values of its {@code @param}s, by name
     */
    public String render(String name, Map<String, Object> context) {
        StringOutput output = new StringOutput();
        engine.render(name, context, output);
        return output.toString();
    }

    /**
     * The rendered template as a 200 {@code text/html; charset=utf-8} response, as FastAPI's
     * {@code templates.TemplateResponse(request=request, name=name, context=context)}.
     */
    public Response response(String name, Map<String, Object> context) {
        return Response.html(render(name, context));
    }
}
