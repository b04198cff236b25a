package io.griddle.binding.forms;

import io.griddle.concurrent.Async;
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
import java.util.concurrent.CompletionStage;

/**
 * A multipart body decoded as it arrives (decision 036): each chunk is offered to Netty's decoder on the blocking
 * executor (a part may be written to disk), and the next chunk is received only then, so memory stays flat however
 * large the upload. A part over 1 MiB is spooled to a temporary file by the decoder's mixed data factory; a completed
 * spooled file joins the request's {@link Spool}. The decoder is destroyed when the body ends, completely or not
 * (the client left, a limit was crossed, the body was malformed), which deletes its partial files.
 */
final class MultipartStream {

    /** Parts larger than this are spooled to disk, as Starlette's {@code SpooledTemporaryFile}'s max size. */
    static final long SPOOL_ABOVE = 1024 * 1024;

    /** The decoder's unread buffer is compacted past this, keeping it small for a large file. */
    private static final int DISCARD_THRESHOLD = 256 * 1024;

    private final HttpPostMultipartRequestDecoder decoder;
    private final Parts parts;
    private boolean ended;

    private MultipartStream(HttpPostMultipartRequestDecoder decoder, Parts parts) {
        this.decoder = decoder;
        this.parts = parts;
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
        MultipartStream stream = new MultipartStream(decoder, new Parts(Spool.forRequest(request)));
        return request.stream(stream::offer).handle((v, error) -> stream.finish(error));
    }

    private CompletionStage<Void> offer(Chunk chunk, boolean last) {
        return Async.toThread(() -> {
            decode(chunk, last);
            return null;
        });
    }

    // On a blocking thread, one chunk at a time.
    private void decode(Chunk chunk, boolean last) throws IOException {
        ByteBuf copy;
        try {
            copy = FormReader.Netty.HEAP.heapBuffer(chunk.size());
            copy.writeBytes(chunk.buffer().duplicate());
        } finally {
            chunk.release();
        }
        try {
            decoder.offer(new DefaultHttpContent(copy)); // the decoder copies what it keeps
            if (last) {
                decoder.offer(LastHttpContent.EMPTY_LAST_CONTENT); // moves a closed body to its epilogue
            }
            drain();
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
    private void drain() throws IOException {
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
