package io.griddle.middleware;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Connection;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.gateway.Scope;
import io.griddle.gateway.WebSocketScope;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** Calls a gateway on a loop, as a server would, and records every message it sends. */
final class Driver implements AutoCloseable {

    private final Concurrency concurrency = Concurrency.defaults();
    private final Loop loop = concurrency.startLoop("middleware-test-loop");
    private final Gateway app;

    Driver(Gateway app) {
        this.app = app;
    }

    /** What the app sent. */
    record Answer(int status, Headers headers, byte[] body, List<Message> messages) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    Answer get(String target, String... headers) throws Exception {
        return send("GET", "http", target, headers);
    }

    Answer send(String method, String scheme, String target, String... headers) throws Exception {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        HttpScope scope =
                new HttpScope(method, path, path, query, "1.1", scheme, "", Headers.of(headers), Connection.IN_PROCESS);
        return answer(call(scope));
    }

    /** A WebSocket scope's messages. */
    List<Message> websocket(String scheme, String path, String... headers) throws Exception {
        WebSocketScope scope =
                new WebSocketScope(path, "", scheme, "", Headers.of(headers), List.of(), Connection.IN_PROCESS);
        return call(scope);
    }

    private List<Message> call(Scope scope) throws Exception {
        List<Message> sent = new CopyOnWriteArrayList<>();
        CompletableFuture<CompletionStage<Void>> started = new CompletableFuture<>();
        boolean[] given = {false};
        loop.execute(() -> {
            try {
                started.complete(app.call(
                        scope,
                        () -> {
                            if (!given[0]) {
                                given[0] = true;
                                return CompletableFuture.completedFuture(HttpMessage.RequestBody.EMPTY);
                            }
                            return new CompletableFuture<>();
                        },
                        message -> {
                            sent.add(message);
                            return CompletableFuture.completedFuture(null);
                        }));
            } catch (Throwable error) {
                started.completeExceptionally(error);
            }
        });
        started.get(5, SECONDS).toCompletableFuture().get(5, SECONDS);
        return sent;
    }

    static Answer answer(List<Message> sent) {
        HttpMessage.ResponseStart start = null;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean ended = false;
        for (Message message : sent) {
            if (message instanceof HttpMessage.ResponseStart s) {
                if (start != null) {
                    throw new AssertionError("two response starts: " + sent);
                }
                start = s;
            } else if (message instanceof HttpMessage.ResponseBody part) {
                if (start == null || ended) {
                    throw new AssertionError("body out of place: " + sent);
                }
                ByteBuffer bytes = part.body().duplicate();
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
                ended = !part.more();
            }
        }
        if (start == null || !ended) {
            throw new AssertionError("incomplete response: " + sent);
        }
        return new Answer(start.status(), start.headers(), body.toByteArray(), List.copyOf(sent));
    }

    @Override
    public void close() {
        concurrency.close();
    }
}
