package io.griddle.responses;

import io.griddle.http.Response;

/**
 * A redirect to the URL the handler returns, as FastAPI's {@code RedirectResponse} used as a response class: 307
 * unless the route's {@code @StatusCode} says otherwise (301, 302, 303, 308). The document shows the status without
 * content. The URL is percent-encoded where it needs to be ({@link Response#redirect(String, int)}).
 *
 * <pre>{@code
 * @ResponseClass(RedirectResponse.class) @Get("/fastapi") String site() { return "https://fastapi.tiangolo.com"; }
 * }</pre>
 */
public final class RedirectResponse implements ResponseRenderer {

    /** Made once per route class by {@code @ResponseClass}; public for use in tests and custom renderers. */
    public RedirectResponse() {}

    @Override
    public String mediaType() {
        return null;
    }

    @Override
    public int status() {
        return 307;
    }

    @Override
    public Response render(Object value, int status) {
        if (value == null) {
            throw new IllegalArgumentException("RedirectResponse needs a URL, not null");
        }
        return Response.redirect(value.toString(), status);
    }
}
