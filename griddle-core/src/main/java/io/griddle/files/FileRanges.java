package io.griddle.files;

import io.griddle.http.Request;
import io.griddle.http.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Answers a {@code Range} request from a file response: one range as 206 with {@code Content-Range} (still sent
 * by the server from the file), several as 206 {@code multipart/byteranges}, none that fits as 416 with
 * {@code Content-Range: bytes *}{@code /size}, a malformed header as 400. {@code If-Range} with a validator that
 * is not the file's current one turns the request back into a plain GET (the whole file, 200).
 *
 * <p>It applies to a 200 response with a {@link Response#file() file body} (or a whole body, as class-path
 * resources read from a jar have) that says {@code accept-ranges: bytes}
 * (every {@link FileResponse} and {@link StaticFiles} answer), to GET and HEAD. The web layer calls it for every
 * file response before sending it; another host of such responses may call it too.
 *
 * <pre>{@code
 * Response answer = FileRanges.forRequest(request, FileResponse.of(path));
 * }</pre>
 */
public final class FileRanges {

    private FileRanges() {}

    /** The response to send for the request: the given one, or its ranged form. */
    public static Response forRequest(Request request, Response response) {
        Response.FileBody file = response.file();
        ByteBuffer memory = file == null ? response.body() : null; // a class-path resource read from a jar
        if ((file == null && memory == null)
                || response.status() != 200
                || !"bytes".equals(response.headers().get("accept-ranges"))) {
            return response;
        }
        String range = request.header("range");
        if (range == null
                || !(request.method().equals("GET") || request.method().equals("HEAD"))) {
            return response;
        }
        String ifRange = request.header("if-range");
        if (ifRange != null
                && !(ifRange.equals(response.headers().get("etag"))
                        || ifRange.equals(response.headers().get("last-modified")))) {
            return response;
        }
        long size = file != null ? file.count() : memory.remaining();
        return switch (ByteRanges.parse(range, size)) {
            case ByteRanges.Whole ignored -> response;
            case ByteRanges.Malformed malformed ->
                Response.text(malformed.message()).status(400);
            case ByteRanges.Unsatisfiable ignored ->
                Response.text("Range Not Satisfiable").status(416).header("content-range", "bytes */" + size);
            case ByteRanges.Ranges ranges
            when ranges.ranges().size() == 1 ->
                file != null
                        ? single(response, ranges.ranges().get(0))
                        : MemoryRanges.single(response, memory, ranges.ranges().get(0));
            case ByteRanges.Ranges ranges ->
                file != null
                        ? multipart(response, ranges.ranges())
                        : MemoryRanges.multipart(response, memory, ranges.ranges());
        };
    }

    private static Response single(Response whole, long[] range) {
        Response.FileBody file = whole.file();
        long size = file.count();
        String type = whole.headers().get("content-type");
        Response part = Response.file(
                        file.path(),
                        file.position() + range[0],
                        range[1] - range[0],
                        type == null ? "application/octet-stream" : type)
                .status(206);
        copyHeaders(whole, part);
        part.header("content-range", "bytes " + range[0] + "-" + (range[1] - 1) + "/" + size);
        part.header("content-length", Long.toString(range[1] - range[0]));
        return part;
    }

    private static Response multipart(Response whole, List<long[]> ranges) {
        Response.FileBody file = whole.file();
        String boundary = Boundaries.next();
        String type = whole.headers().get("content-type");
        byte[][] heads = new byte[ranges.size()][];
        long length = 0;
        for (int i = 0; i < ranges.size(); i++) {
            long[] range = ranges.get(i);
            heads[i] = partHead(i == 0, boundary, type, range, file.count());
            length += heads[i].length + range[1] - range[0];
        }
        byte[] tail = tail(boundary);
        length += tail.length;
        Response parts = Response.stream(
                        "multipart/byteranges; boundary=" + boundary,
                        new FileParts(file.path(), file.position(), ranges, heads, tail))
                .status(206);
        copyHeaders(whole, parts);
        parts.header("content-length", Long.toString(length));
        return parts;
    }

    /** The lines before a part's bytes: its boundary (after the previous part's CRLF), type and range. */
    static byte[] partHead(boolean first, String boundary, String type, long[] range, long size) {
        return ((first ? "" : "\r\n") + "--" + boundary + "\r\n"
                        + (type == null ? "" : "content-type: " + type + "\r\n")
                        + "content-range: bytes " + range[0] + "-" + (range[1] - 1) + "/" + size
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The closing boundary. */
    static byte[] tail(String boundary) {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    // The whole response's headers that still hold for a part: not its length or type, which the part sets.
    static void copyHeaders(Response from, Response to) {
        from.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("content-type")) {
                to.header(name, value);
            }
        });
    }
}
