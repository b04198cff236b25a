package io.griddle.files;

import io.griddle.http.Response;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/** {@link FileRanges} for a body held in memory (a class-path resource read from a jar): the parts are copied. */
final class MemoryRanges {

    private MemoryRanges() {}

    static Response single(Response whole, ByteBuffer body, long[] range) {
        String type = whole.headers().get("content-type");
        Response part = Response.bytes(slice(body, range), type == null ? "application/octet-stream" : type)
                .status(206);
        FileRanges.copyHeaders(whole, part);
        part.header("content-range", "bytes " + range[0] + "-" + (range[1] - 1) + "/" + body.remaining());
        part.header("content-length", Long.toString(range[1] - range[0]));
        return part;
    }

    static Response multipart(Response whole, ByteBuffer body, List<long[]> ranges) {
        String boundary = Boundaries.next();
        String type = whole.headers().get("content-type");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < ranges.size(); i++) {
            out.writeBytes(FileRanges.partHead(i == 0, boundary, type, ranges.get(i), body.remaining()));
            out.writeBytes(slice(body, ranges.get(i)));
        }
        out.writeBytes(FileRanges.tail(boundary));
        Response parts = Response.bytes(out.toByteArray(), "multipart/byteranges; boundary=" + boundary)
                .status(206);
        FileRanges.copyHeaders(whole, parts);
        parts.header("content-length", Integer.toString(out.size()));
        return parts;
    }

    private static byte[] slice(ByteBuffer body, long[] range) {
        byte[] bytes = new byte[(int) (range[1] - range[0])];
        body.duplicate().position(body.position() + (int) range[0]).get(bytes);
        return bytes;
    }
}
