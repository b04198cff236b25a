package io.griddle.binding.forms;

import io.griddle.concurrent.Async;
import io.griddle.http.HttpError;
import io.griddle.http.QueryParams;
import io.griddle.http.Request;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Reads a whole request body as a form, as Starlette's {@code request.form()} does for FastAPI: by its content type,
 * {@code application/x-www-form-urlencoded} with the query-string decoding of core, {@code multipart/form-data} with
 * Netty's multipart decoder (decision 013), anything else as an empty form (so a JSON body leaves every form field
 * missing). Multipart limits are Starlette's: 1000 fields, 1000 files, 1 MiB per text field; beyond them, or on a
 * malformed body, the answer is 400.
 */
public final class FormReader {

    public static final String URLENCODED = "application/x-www-form-urlencoded";
    public static final String MULTIPART = "multipart/form-data";

    static final int MAX_FIELDS = 1000;
    static final int MAX_FILES = 1000;
    static final int MAX_PART_SIZE = 1024 * 1024;

    /** Bodies larger than this are parsed on the blocking executor rather than on the loop. */
    public static final int LOOP_LIMIT = 64 * 1024;

    // Netty's classes load with the first form, not when a route is declared: building an app touches no Netty code
    // (so nothing logs before the server has set up logging).
    static final class Netty {
        // Held in memory: the body is already whole and bounded by the server's --max-body-size.
        static final DefaultHttpDataFactory MEMORY = new DefaultHttpDataFactory(false, StandardCharsets.UTF_8);

        /**
         * Where the decoder's copies of the body go: the heap rather than direct memory. Its metric counts the bytes
         * not yet released, which the tests read.
         */
        static final UnpooledByteBufAllocator HEAP = new UnpooledByteBufAllocator(false);

        private Netty() {}
    }

    private FormReader() {}

    /**
     * Loads the multipart decoder's classes by decoding a tiny body, at startup when a route first takes a form, so
     * that the first request does not pay for it on the loop.
     */
    public static void warm() {
        Warm.DONE.hashCode();
    }

    private static final class Warm {
        static final Object DONE = read(
                "--b\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a\"\r\n\r\nb\r\n--b--\r\n"
                        .getBytes(StandardCharsets.US_ASCII),
                MULTIPART + "; boundary=b");
    }

    /** Whether a media type read by the binders is a form's. */
    public static boolean isForm(String mediaType) {
        return URLENCODED.equals(mediaType) || MULTIPART.equals(mediaType);
    }

    /**
     * Reads the request's body as a form, by its content type. A multipart body announced as at most
     * {@link #LOOP_LIMIT} bytes is read whole and decoded on the loop, in memory; a longer one (or one of unknown
     * length) is decoded as it arrives, parts over 1 MiB spooled to temporary files that are deleted after the
     * response ({@link MultipartStream}). Other bodies, and decoded ones ({@link Request#decodeBody}), are read whole
     * (parsed off the loop when large).
     */
    public static CompletionStage<FormData> read(Request request) {
        String contentType = request.header("content-type");
        if (formType(contentType).equals(MULTIPART) && !announcedSmall(request) && request.bodyDecoder() == null) {
            try {
                return MultipartStream.read(request, contentType);
            } catch (HttpError refused) { // no boundary: a failed stage, as every other bad body
                return CompletableFuture.failedFuture(refused);
            }
        }
        return request.body()
                .thenCompose(bytes -> bytes.length > LOOP_LIMIT
                        ? Async.toThread(() -> read(bytes, contentType))
                        : CompletableFuture.completedFuture(read(bytes, contentType)));
    }

    private static boolean announcedSmall(Request request) {
        String length = request.header("content-length");
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.strip()) <= LOOP_LIMIT;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Where uploads over 1 MiB are spooled: {@code griddle.uploads.dir}, else {@code java.io.tmpdir}. */
    public static Path spoolDirectory() {
        Path chosen = spoolDirectory;
        return chosen != null
                ? chosen
                : Path.of(System.getProperty("griddle.uploads.dir", System.getProperty("java.io.tmpdir")));
    }

    /** Sets where uploads are spooled ({@code null}: back to the default); for tests that watch the directory. */
    public static void spoolDirectory(Path directory) {
        spoolDirectory = directory;
    }

    private static volatile Path spoolDirectory;

    /** The form of a whole body, read by its content type; an empty form for any other type. */
    public static FormData read(byte[] bytes, String contentType) {
        String type = formType(contentType);
        if (bytes.length == 0) {
            return FormData.EMPTY;
        }
        if (type.equals(URLENCODED)) {
            Map<String, List<Object>> values = new LinkedHashMap<>();
            QueryParams.parse(new String(bytes, StandardCharsets.UTF_8))
                    .asMap()
                    .forEach((name, texts) -> values.put(name, List.copyOf(texts)));
            return new FormData(values);
        }
        if (type.equals(MULTIPART)) {
            return multipart(bytes, contentType);
        }
        return FormData.EMPTY;
    }

    // The media type a form is read by: the content type's, lower case, without its parameters.
    private static String formType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0];
        return type.strip().toLowerCase(Locale.ROOT);
    }

    private static FormData multipart(byte[] bytes, String contentType) {
        checkBoundary(contentType);
        HttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpPostMultipartRequestDecoder decoder = null;
        // The body wrapped, not copied, with HEAP as its allocator: the decoder allocates through it.
        HttpContent content = new DefaultLastHttpContent(new UnpooledHeapByteBuf(Netty.HEAP, bytes, bytes.length) {});
        try {
            // Netty's own field limit only bounds the work; Starlette's separate limits are checked below.
            decoder = new HttpPostMultipartRequestDecoder(
                    Netty.MEMORY, head, StandardCharsets.UTF_8, MAX_FIELDS + MAX_FILES + 1, -1);
            decoder.offer(content);
            decoder.offer(LastHttpContent.EMPTY_LAST_CONTENT); // moves a body that was closed to its epilogue
            List<InterfaceHttpData> parts = new ArrayList<>();
            try {
                while (decoder.hasNext()) {
                    parts.add(decoder.next());
                }
            } catch (HttpPostRequestDecoder.EndOfDataDecoderException end) {
                return collect(parts); // every part read, and the closing delimiter too
            }
            // No closing delimiter: a body cut short, or no multipart at all.
            throw new HttpError(400, "There was an error parsing the body");
        } catch (HttpPostRequestDecoder.TooManyFormFieldsException e) {
            throw tooManyFields();
        } catch (DecoderException | IllegalArgumentException | IOException e) {
            throw new HttpError(400, "There was an error parsing the body");
        } finally {
            content.release();
            if (decoder != null) {
                release(decoder);
            }
        }
    }

    static void checkBoundary(String contentType) {
        if (!contentType.toLowerCase(Locale.ROOT).contains("boundary=")) {
            throw new HttpError(400, "Missing boundary in multipart.");
        }
    }

    static HttpError tooManyFields() {
        return new HttpError(400, "Too many fields. Maximum number of fields is " + MAX_FIELDS + ".");
    }

    // destroy() releases the finished parts (and deletes their files, but for those renamed by Parts); a part cut
    // short by a malformed body is released here.
    static void release(HttpPostMultipartRequestDecoder decoder) {
        InterfaceHttpData partial = decoder.currentPartialHttpData();
        decoder.destroy();
        if (partial != null && partial.refCnt() > 0) {
            partial.release();
        }
    }

    // Copies every part out of Netty's buffers before the decoder releases them.
    private static FormData collect(List<InterfaceHttpData> parts) throws IOException {
        Parts collected = new Parts(null);
        for (InterfaceHttpData part : parts) {
            collected.add(part);
        }
        return collected.form();
    }
}
