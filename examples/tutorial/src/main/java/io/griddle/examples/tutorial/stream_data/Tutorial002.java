package io.griddle.examples.tutorial.stream_data;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.Streamed;
import io.griddle.streaming.Publishers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Streaming binary data with a media type: {@code @Streamed("image/png")} sends the chunks read from an image with
 * {@code content-type: image/png}, as FastAPI's {@code PNGStreamingResponse}. A blocking handler's
 * {@code Iterator} is read on the blocking executor, chunk by chunk, and the input closed at the end.
 */
public final class Tutorial002 {

    /** A small PNG (a 29×29 gradient), the image the routes stream. */
    public static final byte[] BINARY_IMAGE = image();

    private static final int CHUNK = 256;

    static InputStream readImage() {
        return new ByteArrayInputStream(BINARY_IMAGE);
    }

    @Streamed("image/png")
    @Get("/image/stream")
    public Flow.Publisher<byte[]> streamImage() throws IOException {
        try (InputStream image = readImage()) {
            return Publishers.of(chunks(image));
        }
    }

    @Streamed("image/png")
    @Get("/image/stream-no-async")
    public Iterator<byte[]> streamImageNoAsync() {
        return new ChunkIterator(readImage());
    }

    @Streamed("image/png")
    @Get("/image/stream-no-async-yield-from")
    public Stream<byte[]> streamImageNoAsyncYieldFrom() {
        InputStream image = readImage();
        return Stream.iterate(chunk(image), chunk -> chunk.length > 0, chunk -> chunk(image))
                .onClose(() -> close(image));
    }

    @Streamed("image/png")
    @Get("/image/stream-no-annotation")
    public Flow.Publisher<?> streamImageNoAnnotation() throws IOException {
        try (InputStream image = readImage()) {
            return Publishers.of(chunks(image));
        }
    }

    @Streamed("image/png")
    @Get("/image/stream-no-async-no-annotation")
    public Iterator<?> streamImageNoAsyncNoAnnotation() {
        return new ChunkIterator(readImage());
    }

    private static List<byte[]> chunks(InputStream in) {
        List<byte[]> chunks = new ArrayList<>();
        for (byte[] chunk = chunk(in); chunk.length > 0; chunk = chunk(in)) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static byte[] chunk(InputStream in) {
        try {
            return in.readNBytes(CHUNK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chunks of an input, closed with the iterator (the body's end, or a client that left). */
    private static final class ChunkIterator implements Iterator<byte[]>, AutoCloseable {
        private final InputStream in;
        private byte[] next;

        ChunkIterator(InputStream in) {
            this.in = in;
            this.next = chunk(in);
        }

        @Override
        public boolean hasNext() {
            return next.length > 0;
        }

        @Override
        public byte[] next() {
            byte[] current = next;
            next = chunk(in);
            return current;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static byte[] image() {
        BufferedImage image = new BufferedImage(29, 29, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 29; x++) {
            for (int y = 0; y < 29; y++) {
                image.setRGB(x, y, (x * 8) << 16 | (y * 8) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial002());
    }
}
