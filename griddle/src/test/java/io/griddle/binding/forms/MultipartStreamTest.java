package io.griddle.binding.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.UploadFile;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.Connection;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.http.HttpError;
import io.griddle.http.Request;
import io.griddle.http.internal.RequestAccess;
import io.griddle.test.Multipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed multipart decoder alone, fed in small chunks without a content length: parts across chunk
 * boundaries, spooling, the spool emptied after the response, and every decoder buffer released (the allocator's
 * metric), on success and on failure.
 */
class MultipartStreamTest {

    @TempDir
    Path spool;

    @BeforeEach
    void spoolHere() {
        FormReader.spoolDirectory(spool);
    }

    @AfterEach
    void everyBufferIsReleased() {
        FormReader.spoolDirectory(null);
        assertThat(FormReader.Netty.HEAP.metric().usedHeapMemory()).isZero();
        assertThat(FormReader.Netty.HEAP.metric().usedDirectMemory()).isZero();
    }

    // A request whose body comes in chunks of `size` bytes; no content-length, so the body is streamed.
    private static Request chunked(byte[] body, int size, String contentType) {
        HeaderList headers = new HeaderList(1);
        headers.add("content-type", contentType);
        HttpScope scope = new HttpScope(
                "POST",
                "/",
                "/",
                "",
                "1.1",
                "http",
                "",
                headers,
                new Connection(
                        InetSocketAddress.createUnresolved("c", 1), InetSocketAddress.createUnresolved("s", 2), false));
        int[] at = {0};
        return new Request(
                scope,
                () -> {
                    int from = at[0];
                    if (from >= body.length) { // nothing comes after the last chunk
                        return CompletableFuture.<Message>completedFuture(HttpMessage.Disconnect.INSTANCE);
                    }
                    int to = Math.min(body.length, from + size);
                    at[0] = to;
                    return CompletableFuture.completedFuture(new HttpMessage.RequestBody(
                            Chunk.of(Arrays.copyOfRange(body, from, to)), to < body.length));
                },
                Map.of());
    }

    private static FormData read(Request request) throws Exception {
        try {
            return FormReader.read(request).toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private List<Path> spooled() {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void partsAcrossSmallChunksAreDecodedAndBigFilesSpooled() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 5];
        Arrays.fill(big, (byte) 'x');
        big[big.length - 1] = '!';
        Multipart parts = Multipart.create()
                .field("name", "Zoë")
                .file("big", "big.bin", "application/x-big", big)
                .file("small", "s.txt", "text/plain", "hello".getBytes())
                .field("name", "again");
        Request request = chunked(parts.bytes(), 997, parts.contentType());
        FormData form = read(request);
        assertThat(form.all("name")).isEqualTo(List.of("Zoë", "again"));
        UploadFile file = (UploadFile) form.last("big");
        assertThat(file.inMemory()).isFalse();
        assertThat(file.size()).isEqualTo(big.length);
        assertThat(file.bytes()).isEqualTo(big);
        assertThat(((UploadFile) form.last("small")).text()).isEqualTo("hello");
        assertThat(spooled()).containsExactly(file.path());
        RequestAccess.get().runAfterResponse(request).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(spooled()).isEmpty();
    }

    @Test
    void aBodyCutShortFailsAndLeavesNothing() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        Multipart parts = Multipart.create().file("big", "big.bin", "x/y", big);
        byte[] body = parts.bytes();
        Request request = chunked(Arrays.copyOf(body, body.length - 20), 4096, parts.contentType());
        assertThatThrownBy(() -> read(request))
                .isInstanceOf(HttpError.class)
                .hasMessageContaining("There was an error parsing the body");
        RequestAccess.get().runAfterResponse(request).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(spooled()).isEmpty();
    }
}
