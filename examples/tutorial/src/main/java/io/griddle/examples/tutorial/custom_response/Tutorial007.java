package io.griddle.examples.tutorial.custom_response;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;
import io.griddle.streaming.Publishers;
import io.griddle.streaming.StreamingResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * A {@code StreamingResponse} returned by the handler: the chunks of a publisher, sent as they are asked for, with
 * no content type (Starlette's {@code StreamingResponse} without a media type).
 */
public final class Tutorial007 {

    static final byte[] FAKE_VIDEO = "some fake video bytes".getBytes(StandardCharsets.UTF_8);

    @Get("/")
    public Response main() {
        return StreamingResponse.of(null, Publishers.of(Collections.nCopies(10, FAKE_VIDEO)));
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial007());
    }
}
