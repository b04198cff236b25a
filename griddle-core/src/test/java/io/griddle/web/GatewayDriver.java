package io.griddle.web;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.griddle.concurrent.Loop;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.Connection;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The least a server does, for tests: calls the app on a loop with an HTTP scope, hands it the request body, and
 * records what it sends.
 */
final class GatewayDriver {

    private final Gateway app;
    private final Loop loop;

    GatewayDriver(Gateway app, Loop loop) {
        this.app = app;
        this.loop = loop;
    }

    /** What the app sent for one request. */
    record Answer(int status, Headers headers, byte[] body, List<Message> messages) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    /** A request under way. */
    static final class Pending {
        final CompletableFuture<CompletionStage<Void>> call = new CompletableFuture<>();
        final List<Message> sent = new CopyOnWriteArrayList<>();
        final CompletableFuture<Message> disconnect = new CompletableFuture<>();
        private final byte[] requestBody;
        private boolean bodyGiven;

        Pending(byte[] requestBody) {
            this.requestBody = requestBody;
        }

        synchronized CompletionStage<Message> receive() {
            if (!bodyGiven) {
                bodyGiven = true;
                return CompletableFuture.completedFuture(new HttpMessage.RequestBody(Chunk.of(requestBody), false));
            }
            return disconnect;
        }

        CompletionStage<Void> send(Message message) {
            sent.add(message);
            return CompletableFuture.completedFuture(null);
        }

        /** Waits for the app to finish the request, and assembles what it sent. */
        Answer answer() throws Exception {
            call.get(5, SECONDS).toCompletableFuture().get(5, SECONDS);
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
    }

    Pending start(String method, String target, Headers headers, byte[] body) {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        HttpScope scope = new HttpScope(method, path, path, query, "1.1", "http", "", headers, Connection.IN_PROCESS);
        Pending pending = new Pending(body);
        loop.execute(() -> {
            try {
                pending.call.complete(app.call(scope, pending::receive, pending::send));
            } catch (Throwable error) {
                pending.call.completeExceptionally(error);
            }
        });
        return pending;
    }

    Answer send(String method, String target, Headers headers, byte[] body) throws Exception {
        return start(method, target, headers, body).answer();
    }

    Answer send(String method, String target) throws Exception {
        return send(method, target, Headers.EMPTY, new byte[0]);
    }
}
