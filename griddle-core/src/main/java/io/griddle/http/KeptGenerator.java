package io.griddle.http;

import java.io.OutputStream;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes values to JSON bytes through one Jackson generator that each platform thread keeps (the event loops, the
 * bounded blocking pool), root value after root value, instead of building a generator, its context and its output
 * buffer for every response. Virtual threads, of which there is one per call, and a write made from inside another
 * write on the same thread (a serializer that writes JSON itself) take Jackson's ordinary path.
 *
 * <p>A generator whose write failed is dropped: its state is unknown. Output that grew past {@link #KEPT_CAPACITY}
 * is not kept either, so one large response does not pin its buffer to the thread.
 */
final class KeptGenerator {

    static final int KEPT_CAPACITY = 64 * 1024;

    private static final ThreadLocal<KeptGenerator> KEPT = new ThreadLocal<>();

    // No separator between root values: each value is taken out of the buffer on its own.
    private static final ObjectWriter NO_SEPARATOR = Json.mapper().writer().withRootValueSeparator((String) null);

    private final Output output = new Output();
    private JsonGenerator generator;
    private boolean writing;

    private KeptGenerator() {}

    /** As {@code writer.writeValueAsBytes(value)}, the same bytes. */
    static byte[] write(ObjectWriter writer, Object value) {
        if (Thread.currentThread().isVirtual()) {
            return writer.writeValueAsBytes(value);
        }
        KeptGenerator kept = KEPT.get();
        if (kept == null) {
            kept = new KeptGenerator();
            KEPT.set(kept);
        }
        if (kept.writing) {
            return writer.writeValueAsBytes(value);
        }
        return kept.writeWith(writer, value);
    }

    private byte[] writeWith(ObjectWriter writer, Object value) {
        writing = true;
        boolean written = false;
        try {
            if (generator == null) {
                generator = NO_SEPARATOR.createGenerator(output);
            }
            writer.writeValue(generator, value);
            generator.flush();
            written = true;
            return output.take();
        } finally {
            writing = false;
            if (!written) {
                drop(); // whatever was thrown, even a checked exception a serializer threw sneakily
            }
        }
    }

    private void drop() {
        JsonGenerator failed = generator;
        generator = null;
        output.clear();
        if (failed == null) {
            return; // it could not even be made
        }
        try {
            failed.close(); // hands its buffers back to the pool; what it still holds goes to the cleared output
        } catch (RuntimeException ignored) {
            // a generator in a failed state may refuse to close: it is dropped either way
        } finally {
            output.clear();
        }
    }

    /** The generator's output: a growing array, emptied as each value is taken. */
    private static final class Output extends OutputStream {

        private byte[] bytes = new byte[1024];
        private int count;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            ensure(length);
            System.arraycopy(source, offset, bytes, count, length);
            count += length;
        }

        private void ensure(int more) {
            if (count + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
            }
        }

        byte[] take() {
            byte[] value = Arrays.copyOf(bytes, count);
            clear();
            return value;
        }

        void clear() {
            count = 0;
            if (bytes.length > KEPT_CAPACITY) {
                bytes = new byte[1024];
            }
        }
    }
}
