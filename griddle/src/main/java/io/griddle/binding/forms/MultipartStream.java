package io.griddle.binding.forms;

import io.griddle.concurrent.Async;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Chunk;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A multipart body decoded as it arrives (decision 036): chunks are queued (at most 1 MiB) for Netty's decoder, which
 * runs on the blocking executor (a part may be written to disk) while the loop receives more, so memory stays flat
 * however large the upload. A part over 1 MiB is spooled to a temporary file by the decoder's mixed data factory; a completed
 * spooled file joins the request's {@link Spool}. The decoder is destroyed when the body ends, completely or not
 * (the client left, a limit was crossed, the body was malformed), which deletes its partial files.
 */
final class MultipartStream {

    /** Parts larger than this are spooled to disk, as Starlette's {@code SpooledTemporaryFile}'s max size. */
    static final long SPOOL_ABOVE = 1024 * 1024;

    /** The decoder's unread buffer is compacted past this, keeping it small for a large file. */
    private static final int DISCARD_THRESHOLD = 256 * 1024;

    /** Body bytes received but not decoded yet, beyond which the next chunk waits (backpressure on the client). */
    private static final int MAX_QUEUED = 1024 * 1024;

    private final HttpPostMultipartRequestDecoder decoder;
    private final Parts parts;
    private final Loop loop;
    private boolean ended; // read and written by the draining thread only, then by finish()

    // Guarded by this: the chunks waiting for the decoder, and who waits for what.
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private long queued;
    private boolean draining;
    private Throwable failed;
    private CompletableFuture<Void> space;
    private CompletableFuture<Void> lastDecoded;
    private CompletableFuture<Void> idle;

    private record Pending(Chunk chunk, boolean last) {}

    /** Where each chunk is copied for the decoder, on the draining thread; released when the stream is over. */
    private final ByteBuf scratch = FormReader.Netty.HEAP.heapBuffer(64 * 1024);

    private MultipartStream(HttpPostMultipartRequestDecoder decoder, Parts parts, Loop loop) {
        this.decoder = decoder;
        this.parts = parts;
        this.loop = loop;
    }

    /** Reads the request's multipart body; the stage fails with a 400 {@link HttpError} for a bad body. */
    static CompletionStage<FormData> read(Request request, String contentType) {
        FormReader.checkBoundary(contentType);
        HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        DefaultHttpDataFactory factory = new DefaultHttpDataFactory(SPOOL_ABOVE, StandardCharsets.UTF_8);
        factory.setBaseDir(FormReader.spoolDirectory().toString());
        factory.setDeleteOnExit(false); // deleted after the response; deleteOnExit would keep every path until exit
        HttpPostMultipartRequestDecoder decoder;
        try {
            decoder = new HttpPostMultipartRequestDecoder(
                    factory, head, StandardCharsets.UTF_8, FormReader.MAX_FIELDS + FormReader.MAX_FILES + 1, -1);
        } catch (DecoderException | IllegalArgumentException e) {
            throw new HttpError(400, "There was an error parsing the body");
        }
        decoder.setDiscardThreshold(DISCARD_THRESHOLD);
        MultipartStream stream = new MultipartStream(decoder, new Parts(Spool.forRequest(request)), Loop.current());
        return request.stream(stream::offer)
                .handle((v, error) -> error)
                .thenCompose(error -> stream.stopped().thenApply(v -> stream.finish(error)));
    }

    /**
     * Takes a chunk on the loop: queued for the decoder, which runs on a blocking thread while more chunks arrive
     * (network and disk overlap, and a thread hop serves many chunks). The next chunk is asked for at once while less
     * than {@link #MAX_QUEUED} bytes wait, else when the decoder has caught up; after the last chunk, when everything
     * is decoded.
     */
    private CompletionStage<Void> offer(Chunk chunk, boolean last) {
        boolean start;
        CompletableFuture<Void> answer;
        synchronized (this) {
            if (failed != null) {
                chunk.release();
                return CompletableFuture.failedFuture(failed);
            }
            queue.add(new Pending(chunk, last));
            queued += chunk.size();
            start = !draining;
            draining = true;
            if (last) {
                answer = lastDecoded = new CompletableFuture<>();
            } else if (queued < MAX_QUEUED) {
                answer = null;
            } else {
                answer = space = new CompletableFuture<>();
            }
        }
        if (start) {
            Async.toThread(() -> {
                drain();
                return null;
            });
        }
        return answer == null ? CompletableFuture.completedFuture(null) : answer;
    }

    // On a blocking thread: decodes queued chunks until none is left, or one fails.
    private void drain() {
        while (true) {
            Pending next;
            synchronized (this) {
                next = queue.poll();
                if (failed != null && next != null) { // the stream is over: what is left is not decoded
                    next.chunk().release();
                    queue.forEach(pending -> pending.chunk().release());
                    queue.clear();
                    next = null;
                }
                if (next == null) {
                    stopDraining();
                    return;
                }
            }
            int size = next.chunk().size();
            try {
                decode(next.chunk(), next.last());
            } catch (Throwable error) {
                fail(error);
                return;
            }
            CompletableFuture<Void> room = null;
            CompletableFuture<Void> done = null;
            synchronized (this) {
                queued -= size;
                if (space != null && queued < MAX_QUEUED) {
                    room = space;
                    space = null;
                }
                if (next.last()) {
                    done = lastDecoded;
                }
            }
            onLoop(room, null);
            onLoop(done, null);
        }
    }

    // Under the lock: no decoding from here on; whoever waits for that is told.
    private void stopDraining() {
        draining = false;
        if (idle != null) {
            CompletableFuture<Void> waiting = idle;
            idle = null;
            onLoop(waiting, null);
        }
    }

    // A chunk failed to decode (a limit, a malformed body): the stream ends with the failure, queued chunks released.
    private void fail(Throwable error) {
        List<CompletableFuture<Void>> told = new ArrayList<>(2);
        synchronized (this) {
            failed = error;
            queue.forEach(pending -> pending.chunk().release());
            queue.clear();
            if (space != null) {
                told.add(space);
                space = null;
            }
            if (lastDecoded != null) {
                told.add(lastDecoded);
            }
            stopDraining();
        }
        told.forEach(waiting -> onLoop(waiting, error));
    }

    /** Completes when no chunk is being decoded and none will be (the stream is over, so no chunk comes). */
    private synchronized CompletionStage<Void> stopped() {
        if (failed == null) {
            failed = STOPPED; // chunks still queued (the client left) are not decoded
        }
        if (!draining) {
            queue.forEach(pending -> pending.chunk().release());
            queue.clear();
            return CompletableFuture.completedFuture(null);
        }
        idle = new CompletableFuture<>();
        return idle;
    }

    private static final Throwable STOPPED = new IllegalStateException("the body stream is over");

    // Continuations of the request run on its loop, as Async.toThread's do.
    private void onLoop(CompletableFuture<Void> future, Throwable error) {
        if (future == null) {
            return;
        }
        Runnable complete = error == null ? () -> future.complete(null) : () -> future.completeExceptionally(error);
        if (loop == null) {
            complete.run();
        } else {
            loop.execute(complete);
        }
    }

    // On a blocking thread, one chunk at a time.
    private void decode(Chunk chunk, boolean last) throws IOException {
        ByteBuf copy = scratch;
        try {
            copy.clear().writeBytes(chunk.buffer().duplicate()); // reused: no garbage per chunk
        } finally {
            chunk.release();
        }
        try {
            decoder.offer(new DefaultHttpContent(copy.retain())); // the decoder copies what it keeps
            if (last) {
                decoder.offer(LastHttpContent.EMPTY_LAST_CONTENT); // moves a closed body to its epilogue
            }
            takeParts();
        } catch (HttpPostRequestDecoder.TooManyFormFieldsException e) {
            throw FormReader.tooManyFields();
        } catch (DecoderException | IllegalArgumentException e) {
            throw new HttpError(400, "There was an error parsing the body");
        } finally {
            copy.release();
        }
        if (decoder.currentPartialHttpData() instanceof Attribute partial) {
            Parts.checkFieldSize(partial);
        }
    }

    // Takes the parts completed so far.
    private void takeParts() throws IOException {
        try {
            while (decoder.hasNext()) {
                InterfaceHttpData part = decoder.next();
                parts.add(part);
            }
        } catch (HttpPostRequestDecoder.EndOfDataDecoderException end) {
            ended = true; // every part read, and the closing delimiter too
        }
    }

    // When the stream is over, on whichever thread ended it: nothing decodes any more.
    private FormData finish(Throwable error) {
        FormReader.release(decoder);
        scratch.release();
        if (error != null) {
            throw error instanceof RuntimeException runtime
                    ? runtime
                    : new java.util.concurrent.CompletionException(error);
        }
        if (!ended) {
            throw new HttpError(400, "There was an error parsing the body"); // no closing delimiter
        }
        return parts.form();
    }
}
