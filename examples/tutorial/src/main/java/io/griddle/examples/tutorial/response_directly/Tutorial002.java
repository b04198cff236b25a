package io.griddle.examples.tutorial.response_directly;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.http.Response;
import java.nio.charset.StandardCharsets;

/** Any content with its own media type, returned as a {@link Response}: here XML. */
public final class Tutorial002 {

    @Get("/legacy/")
    public Response getLegacyData() {
        // The same text as FastAPI's, indentation included (its string sits inside a function body).
        String data = "<?xml version=\"1.0\"?>\n"
                + "    <shampoo>\n"
                + "    <Header>\n"
                + "        Apply shampoo here.\n"
                + "    </Header>\n"
                + "    <Body>\n"
                + "        You'll have to use soap here.\n"
                + "    </Body>\n"
                + "    </shampoo>\n"
                + "    ";
        return Response.bytes(data.getBytes(StandardCharsets.UTF_8), "application/xml");
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
