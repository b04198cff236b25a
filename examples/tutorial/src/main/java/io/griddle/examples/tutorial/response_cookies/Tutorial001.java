package io.griddle.examples.tutorial.response_cookies;

import io.griddle.App;
import io.griddle.Post;
import io.griddle.http.Response;
import java.util.Map;

/** A cookie set on a response the handler returns itself: {@link Response#setCookie(String, String)}. */
public final class Tutorial001 {

    @Post("/cookie/")
    public Response createCookie() {
        Map<String, String> content = Map.of("message", "Come to the dark side, we have cookies");
        Response response = Response.json(content);
        response.setCookie("fakesession", "fake-cookie-session-value");
        return response;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
