package io.griddle.test;

import io.griddle.gateway.HeaderList;
import io.griddle.http.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A request being built for a {@link TestClient}; {@link #send()} sends it and waits for the response.
 *
 * <pre>{@code
 * client.request("POST", "/orders").header("x-token", "secret").query("notify", "true").json(order).send();
 * }</pre>
 */
public final class TestRequest {

    private final TestClient client;
    private final String method;
    private final String target;
    private final StringBuilder query = new StringBuilder();
    private final HeaderList headers = new HeaderList();
    private byte[] body = new byte[0];

    TestRequest(TestClient client, String method, String target) {
        this.client = client;
        this.method = method;
        this.target = target;
    }

    /** Adds a header. */
    public TestRequest header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** Adds a query parameter, encoded. */
    public TestRequest query(String name, Object value) {
        query.append(query.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        return this;
    }

    /** Sets a JSON body, serialized by Jackson, with its content type. */
    public TestRequest json(Object value) {
        return body(Json.write(value), "application/json");
    }

    /** Sets a raw body with its content type. */
    public TestRequest body(byte[] bytes, String contentType) {
        this.body = bytes.clone();
        headers.set("content-type", contentType);
        return this;
    }

    /** Sends the request and waits for the whole response. */
    public TestResponse send() {
        String fullTarget = target;
        if (!query.isEmpty()) {
            fullTarget += (target.contains("?") ? "&" : "?") + query;
        }
        if (body.length > 0 || !method.equals("GET") && !method.equals("HEAD")) {
            headers.set("content-length", Integer.toString(body.length));
        }
        return client.exchange(method, fullTarget, headers, body);
    }
}
