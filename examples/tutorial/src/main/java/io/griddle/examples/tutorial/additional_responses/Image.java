package io.griddle.examples.tutorial.additional_responses;

import io.griddle.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The PNG that tutorials 002 and 004 send for {@code ?img=1}, FastAPI's {@code FileResponse("image.png")}. */
final class Image {

    private static final byte[] PNG = load();

    private Image() {}

    static Response png() {
        return Response.bytes(PNG, "image/png");
    }

    private static byte[] load() {
        try (InputStream in = Image.class.getResourceAsStream("image.png")) {
            if (in == null) {
                throw new IllegalStateException("image.png is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
