package io.griddle.examples.tutorial.custom_request_and_route;

import io.griddle.http.BodyDecoder;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The body of a request sent with {@code Content-Encoding: gzip}, decompressed; other bodies as they are. FastAPI's
 * {@code GzipRequest}, a request class overriding {@code body()}, is in Griddle a {@link BodyDecoder} set on the
 * request ({@link Request#decodeBody}). It stops at {@code maxBytes} decompressed (413): a few kilobytes of gzip
 * can hold gigabytes of zeros, and the server's body limit counts only the bytes as they arrived.
 */
public final class GzipRequest implements BodyDecoder {

    /** The server's default body limit, 16 MiB, applied to the decompressed body. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final int maxBytes;

    /** A decoder that decompresses at most {@link #DEFAULT_MAX_BYTES}. */
    public GzipRequest() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest decompressed body it gives; more is a 413 */
    public GzipRequest(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public byte[] decode(Request request, byte[] body) throws IOException {
        if (!gzipped(request)) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] plain = in.readNBytes(maxBytes);
            if (in.read() != -1) {
                throw new HttpError(413, "Content Too Large");
            }
            return plain;
        }
    }

    // "gzip" among the Content-Encoding headers, as the tutorial's headers.getlist check.
    private static boolean gzipped(Request request) {
        for (String encoding : request.headers().getAll("content-encoding")) {
            if (encoding.strip().equalsIgnoreCase("gzip")) {
                return true;
            }
        }
        return false;
    }
}
