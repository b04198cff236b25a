package io.griddle.test;

import io.griddle.concurrent.Loop;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.Gateway;
import io.griddle.gateway.Headers;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A streamed response read as it arrives: chunk by chunk, line by line, or event by event, each read waiting at most
 * the client's timeout. The application's writes wait while {@value #WINDOW} chunks are unread, as a server's wait
 * on a slow client. Closing it before the end disconnects, as a client that goes away: the application's call is
 * cancelled and its writes fail, so the producer stops.
 *
 * <pre>{@code
 * try (TestStream events = client.stream("GET", "/events")) {
 *     assertThat(events.status()).isEqualTo(200);
 *     TestEvent first = events.nextEvent();
 *     assertThat(first.json()).isEqualTo(Map.of("name", "Plumbus"));
 * }   // disconnects
 * }</pre>
 */
public final class TestStream implements AutoCloseable {

    /** How many unread chunks the application may be ahead of the reader before its writes wait. */
    static final int WINDOW = 16;

    private final Loop loop;
    private final Duration timeout;
    private final String described;
    private final CompletableFuture<HttpMessage.ResponseStart> started = new CompletableFuture<>();
    private final CompletableFuture<Message> ended = new CompletableFuture<>();
    private final Queue<byte[]> chunks = new ArrayDeque<>();
    private final Queue<CompletableFuture<Void>> waitingWriters = new ArrayDeque<>();
    private final byte[] requestBody;
    private CompletionStage<Void> call;
    private boolean requestSent;
    private boolean complete;
    private boolean closed;
    private Throwable failure;
    private byte[] pending = new byte[0]; // bytes taken from chunks but not yet returned as a line or event

    private TestStream(Loop loop, Duration timeout, String described, byte[] requestBody) {
        this.loop = loop;
        this.timeout = timeout;
        this.described = described;
        this.requestBody = requestBody;
    }

    static TestStream open(Gateway app, Loop loop, Duration timeout, HttpScope scope, byte[] body) {
        TestStream stream = new TestStream(loop, timeout, scope.method() + " " + scope.rawPath(), body);
        loop.execute(() -> {
            CompletionStage<Void> call;
            try {
                call = app.call(scope, stream::receive, stream::send);
            } catch (Throwable error) {
                call = CompletableFuture.failedFuture(error);
            }
            stream.called(call);
        });
        stream.awaitStart();
        return stream;
    }

    public int status() {
        return started.join().status();
    }

    public Headers headers() {
        return started.join().headers();
    }

    /** A header's first value, or {@code null}. */
    public String header(String name) {
        return started.join().headers().get(name);
    }

    /** The next chunk as the application wrote it, or {@code null} once the body has ended. */
    public byte[] nextChunk() {
        if (pending.length > 0) {
            byte[] rest = pending;
            pending = new byte[0];
            return rest;
        }
        return take();
    }

    /** The next line (without its line end), or {@code null} once the body has ended. */
    public String nextLine() {
        while (true) {
            int end = indexOf(pending, (byte) '\n');
            if (end >= 0) {
                String line = new String(pending, 0, end, StandardCharsets.UTF_8);
                pending = java.util.Arrays.copyOfRange(pending, end + 1, pending.length);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            }
            byte[] more = take();
            if (more == null) {
                if (pending.length == 0) {
                    return null;
                }
                String last = new String(pending, StandardCharsets.UTF_8);
                pending = new byte[0];
                return last;
            }
            pending = concat(pending, more);
        }
    }

    /** The next Server-Sent Event (fields up to a blank line), or {@code null} once the body has ended. */
    public TestEvent nextEvent() {
        String event = null;
        String id = null;
        Integer retry = null;
        StringBuilder data = null;
        List<String> comments = new ArrayList<>();
        boolean any = false;
        for (String line = nextLine(); line != null; line = nextLine()) {
            if (line.isEmpty()) {
                if (any) {
                    return new TestEvent(event, data == null ? null : data.toString(), id, retry, comments);
                }
                continue;
            }
            any = true;
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "" -> comments.add(value);
                case "event" -> event = value;
                case "id" -> id = value;
                case "retry" -> retry = Integer.valueOf(value);
                case "data" ->
                    data = data == null
                            ? new StringBuilder(value)
                            : data.append('\n').append(value);
                default -> {} // unknown fields are ignored, as browsers do
            }
        }
        return any ? new TestEvent(event, data == null ? null : data.toString(), id, retry, comments) : null;
    }

    /** The rest of the body, waiting until it ends. */
    public byte[] readAll() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] chunk = nextChunk(); chunk != null; chunk = nextChunk()) {
            all.writeBytes(chunk);
        }
        return all.toByteArray();
    }

    /** Disconnects if the body has not ended: the application's call is cancelled and its later writes fail. */
    @Override
    public void close() {
        List<CompletableFuture<Void>> writers;
        CompletionStage<Void> running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            writers = new ArrayList<>(waitingWriters);
            waitingWriters.clear();
            running = complete ? null : call;
            notifyAll();
        }
        // On the loop, as a server tells the application that its client left.
        loop.execute(() -> {
            ended.complete(HttpMessage.Disconnect.INSTANCE);
            writers.forEach(w -> w.completeExceptionally(new ClosedChannelException()));
            if (running != null) {
                running.toCompletableFuture().cancel(true);
            }
        });
    }

    // ---- the gateway side

    private synchronized CompletionStage<Message> receive() {
        if (!requestSent && !closed) {
            requestSent = true;
            return CompletableFuture.completedFuture(new HttpMessage.RequestBody(Chunk.of(requestBody), false));
        }
        return ended;
    }

    private CompletionStage<Void> send(Message message) {
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new ClosedChannelException());
            }
            if (message instanceof HttpMessage.ResponseStart start && !started.isDone()) {
                started.complete(start);
                return CompletableFuture.completedFuture(null);
            }
            if (!(message instanceof HttpMessage.ResponseBody part) || !started.isDone() || complete) {
                return CompletableFuture.failedFuture(new IllegalStateException("unexpected message " + message));
            }
            ByteBuffer bytes = part.body().duplicate();
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            if (copy.length > 0) {
                chunks.add(copy);
            }
            complete = !part.more();
            notifyAll();
            if (complete) {
                ended.complete(HttpMessage.Disconnect.INSTANCE);
            }
            if (chunks.size() < WINDOW) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> waiter = new CompletableFuture<>();
            waitingWriters.add(waiter);
            return waiter;
        }
    }

    private void called(CompletionStage<Void> running) {
        synchronized (this) {
            call = running;
        }
        running.whenComplete((v, error) -> {
            synchronized (this) {
                if (error != null && failure == null && !closed) {
                    failure = error;
                }
                if (!complete && failure == null && !closed) {
                    failure = new AssertionError("the application ended without a complete response");
                }
                notifyAll();
            }
            if (error != null) {
                started.completeExceptionally(error);
            } else if (!started.isDone()) {
                started.completeExceptionally(new AssertionError("the application sent no response"));
            }
        });
    }

    private void awaitStart() {
        try {
            started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            close();
            throw new AssertionError(described + " started no response within " + timeout.toMillis() + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = io.griddle.concurrent.Async.unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + described);
        }
    }

    // The next chunk, or null at the end; waits up to the timeout.
    private byte[] take() {
        CompletableFuture<Void> release = null;
        byte[] chunk;
        synchronized (this) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (chunks.isEmpty() && !complete && failure == null && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(described + " sent nothing more within " + timeout.toMillis() + " ms");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading " + described);
                }
            }
            chunk = chunks.poll();
            if (chunk == null && failure != null) {
                Throwable cause = io.griddle.concurrent.Async.unwrap(failure);
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
            if (chunks.size() < WINDOW) {
                release = waitingWriters.poll();
            }
        }
        if (release != null) {
            CompletableFuture<Void> writer = release;
            loop.execute(() -> writer.complete(null)); // the application goes on on its loop
        }
        return chunk;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
