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
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        return this;
    }

    /** Sets a JSON body, serialized by Jackson, with its content type. */
    public TestRequest json(Object value) {
        return body(Json.write(value), "application/json");
    }

    /**
     * Sets an {@code application/x-www-form-urlencoded} body, as FastAPI's {@code client.post(url, data=...)}; a
     * {@code List} value sends the field once per element.
     *
     * <pre>{@code
     * client.request("POST", "/token").form(Map.of("username", "johndoe", "password", "secret")).send();
     * }</pre>
     */
    public TestRequest form(java.util.Map<String, ?> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, value) -> {
            for (Object one : value instanceof Iterable<?> many ? many : java.util.List.of(value)) {
                encoded.append(encoded.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8));
            }
        });
        return body(encoded.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /** Sets a {@code multipart/form-data} body: fields and files, as FastAPI's {@code files=...}. */
    public TestRequest multipart(Multipart parts) {
        return body(parts.bytes(), parts.contentType());
    }

    /**
     * Sets a raw body and no content type, as FastAPI's {@code client.post(url, content=...)}: the request carries
     * only the headers given with {@link #header}, so it can test what an app does with a body sent without one.
     *
     * <pre>{@code
     * client.request("POST", "/items/").content("{\"name\": \"Foo\"}".getBytes(UTF_8)).send();
     * }</pre>
     */
    public TestRequest content(byte[] bytes) {
        this.body = bytes.clone();
        return this;
    }

    /** Sets a raw body with its content type. */
    public TestRequest body(byte[] bytes, String contentType) {
        this.body = bytes.clone();
        headers.set("content-type", contentType);
        return this;
    }

    /** Sends the request and opens its response as a {@link TestStream}, once the status and headers came. */
    public TestStream stream() {
        String fullTarget = target;
        if (!query.isEmpty()) {
            fullTarget += (target.contains("?") ? "&" : "?") + query;
        }
        if (body.length > 0 || !method.equals("GET") && !method.equals("HEAD")) {
            headers.set("content-length", Integer.toString(body.length));
        }
        return client.openStream(method, fullTarget, headers, body);
    }

    /**
     * Sends the request without waiting: the stage completes with the response (or what the application raised),
     * for tests written as chains of stages, as FastAPI's async tests use {@code httpx.AsyncClient}. The exchange
     * runs on a virtual thread of its own and is bounded by the client's timeout, as {@link #send()} is.
     *
     * <pre>{@code
     * CompletableFuture<TestResponse> a = client.request("GET", "/a").sendAsync();
     * CompletableFuture<TestResponse> b = client.request("GET", "/b").sendAsync();   // both in flight at once
     * assertThat(a.get(5, SECONDS).status()).isEqualTo(200);
     * }</pre>
     */
    public java.util.concurrent.CompletableFuture<TestResponse> sendAsync() {
        java.util.concurrent.CompletableFuture<TestResponse> result = new java.util.concurrent.CompletableFuture<>();
        Thread.ofVirtual().name("griddle-test-send").start(() -> {
            try {
                result.complete(send());
            } catch (Throwable error) {
                result.completeExceptionally(error);
            }
        });
        return result;
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
