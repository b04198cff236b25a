package io.griddle.examples.tutorial.using_request_directly;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.http.Request;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request itself as a parameter, beside a path parameter: a handler that takes {@link Request} gets the
 * request being answered, and reads what no annotation binds (here the client's host).
 */
public final class Tutorial001 {

    @Get("/items/{item_id}")
    public Object readRoot(@Path("item_id") String itemId, Request request) {
        InetSocketAddress client = request.client();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("client_host", client == null ? null : client.getHostString());
        answer.put("item_id", itemId);
        return answer;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
