package io.griddle.responses;

import io.griddle.http.Response;

/**
 * JSON, the default: naming it changes nothing (the route's declared type still decides what is written, as a
 * response model). Useful on a method to override a controller's {@code @ResponseClass}.
 */
public final class JsonResponse implements ResponseRenderer {

    /** Made once per route class by {@code @ResponseClass}; public for use in tests and custom renderers. */
    public JsonResponse() {}

    @Override
    public String mediaType() {
        return "application/json";
    }

    /** Used only when called directly: routes with this class render through their response model. */
    @Override
    public Response render(Object value, int status) {
        Response response = Response.json(value);
        return status == 200 ? response : response.status(status);
    }
}
