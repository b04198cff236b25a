package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.binding.forms.FormReader;
import io.griddle.concurrent.Concurrency;
import io.griddle.concurrent.Loop;
import io.griddle.gateway.Chunk;
import io.griddle.gateway.Connection;
import io.griddle.gateway.HeaderList;
import io.griddle.gateway.HttpMessage;
import io.griddle.gateway.HttpScope;
import io.griddle.gateway.Message;
import io.griddle.test.Multipart;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads past memory: a multipart body larger than 64 KiB is decoded as it arrives, files over 1 MiB spooled to the
 * spool directory and deleted after the response, or when the client leaves mid-upload; files inside form records.
 */
class UploadsTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path spool;

    record Upload(String title, UploadFile file, List<UploadFile> extras, Optional<UploadFile> note) {}

    @SuppressWarnings("unused")
    static final class Uploads {
        final AtomicInteger seen = new AtomicInteger();
        volatile Path during;
        volatile Path kept;

        @Post("/digest")
        Map<String, Object> digest(@File UploadFile file, @Form String label) throws Exception {
            seen.incrementAndGet();
            during = file.path();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = file.inputStream()) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            return Map.of(
                    "label", label,
                    "size", file.size(),
                    "inMemory", file.inMemory(),
                    "onDisk", file.path() != null && Files.exists(file.path()),
                    "sha", HexFormat.of().formatHex(sha.digest()),
                    "disposition", file.headers().get("content-disposition"));
        }

        @Post("/keep")
        Map<String, Object> keep(@File UploadFile file) {
            file.transferTo(kept);
            return Map.of("size", file.size());
        }

        @Post("/record")
        Map<String, Object> record(@Form Upload upload) {
            return Map.of(
                    "title", upload.title(),
                    "file", upload.file().filename() + ":" + upload.file().size(),
                    "extras", upload.extras().stream().map(UploadFile::filename).toList(),
                    "note", upload.note().map(UploadFile::text).orElse("none"));
        }
    }

    private final Uploads handlers = new Uploads();
    private final App app = App.create().include(handlers);
    private TestClient client;

    @BeforeEach
    void start() {
        FormReader.spoolDirectory(spool);
        client = TestClient.of(app);
    }

    @AfterEach
    void stop() {
        client.close();
        FormReader.spoolDirectory(null);
    }

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + (i >> 11));
        }
        return bytes;
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<Path> spooled() {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLargeFileIsSpooledToDiskAndDeletedAfterTheResponse() throws Exception {
        byte[] file = content(20 * MIB);
        TestResponse response = client.request("POST", "/digest")
                .multipart(Multipart.create().field("label", "big").file("file", "big.bin", "application/x-big", file))
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(Map.of(
                        "label",
                        "big",
                        "size",
                        20 * MIB,
                        "inMemory",
                        false,
                        "onDisk",
                        true,
                        "sha",
                        sha(file),
                        "disposition",
                        "form-data; name=\"file\"; filename=\"big.bin\""));
        assertThat(handlers.during.getParent()).isEqualTo(spool);
        assertThat(spooled()).isEmpty();
    }

    @Test
    void aFileUpToOneMibStaysInMemoryInALargeBody() throws Exception {
        byte[] file = content(MIB);
        TestResponse response = client.request("POST", "/digest")
                .multipart(Multipart.create().field("label", "edge").file("file", "a.bin", "x/y", file))
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).extracting("inMemory", "sha").containsExactly(true, sha(file));
        assertThat(spooled()).isEmpty();
    }

    @Test
    void aMovedFileOutlivesTheRequest() throws Exception {
        handlers.kept = spool.resolve("kept.bin");
        byte[] file = content(3 * MIB);
        TestResponse response = client.request("POST", "/keep")
                .multipart(Multipart.create().file("file", "k.bin", "x/y", file))
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(spooled()).containsExactly(handlers.kept);
        assertThat(sha(Files.readAllBytes(handlers.kept))).isEqualTo(sha(file));
    }

    @Test
    void aTextFieldOverOneMibIsRefusedInAStreamedBody() {
        TestResponse response = client.request("POST", "/digest")
                .multipart(
                        Multipart.create().field("label", "x".repeat(MIB + 1)).file("file", "a", "x/y", content(10)))
                .send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Part exceeded maximum size of 1024KB."));
        assertThat(spooled()).isEmpty();
    }

    @Test
    void aStreamedBodyWithoutItsClosingDelimiterIsRefused() {
        byte[] whole =
                Multipart.create().file("file", "a", "x/y", content(2 * MIB)).bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 10);
        TestResponse response = client.request("POST", "/digest")
                .body(cut, Multipart.create().contentType())
                .send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(spooled()).isEmpty();
    }

    @Test
    void aLargeBodyWithoutBoundaryIs400() {
        TestResponse response = client.request("POST", "/digest")
                .body(content(100_000), "multipart/form-data")
                .send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Missing boundary in multipart."));
    }

    @Test
    void filesBindInsideAFormRecord() {
        TestResponse response = client.request("POST", "/record")
                .multipart(Multipart.create()
                        .field("title", "report")
                        .file("file", "main.pdf", "application/pdf", content(2 * MIB))
                        .file("extras", "a.txt", "text/plain", content(5))
                        .file("extras", "b.txt", "text/plain", content(6))
                        .file("note", "n.txt", "text/plain", "hello".getBytes()))
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .isEqualTo(Map.of(
                        "title",
                        "report",
                        "file",
                        "main.pdf:" + 2 * MIB,
                        "extras",
                        List.of("a.txt", "b.txt"),
                        "note",
                        "hello"));
        assertThat(spooled()).isEmpty();
    }

    @Test
    void aFormRecordMissingItsFileOrGivenTextIs422() {
        TestResponse response = client.request("POST", "/record")
                .multipart(Multipart.create().field("title", "t").field("file", "not a file"))
                .send();
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().toString())
                .contains("Value error, Expected UploadFile, received: <class 'str'>")
                .contains("loc=[body, file]")
                .contains("type=missing, loc=[body, extras]");
    }

    @Test
    void aClientLeavingMidUploadLeavesNoFileBehind() throws Exception {
        byte[] body = Multipart.create()
                .field("label", "gone")
                .file("first", "done.bin", "x/y", content(2 * MIB)) // complete, spooled and renamed
                .file("file", "cut.bin", "x/y", content(8 * MIB)) // cut short while on disk
                .bytes();
        int sentBeforeLeaving = 6 * MIB;
        AtomicInteger handed = new AtomicInteger();
        CompletableFuture<Void> left = new CompletableFuture<>();
        HeaderList headers = new HeaderList(2);
        headers.add("content-type", Multipart.create().contentType());
        HttpScope scope = new HttpScope(
                "POST",
                "/digest",
                "/digest",
                "",
                "1.1",
                "http",
                "",
                headers,
                new Connection(
                        InetSocketAddress.createUnresolved("client", 1),
                        InetSocketAddress.createUnresolved("s", 80),
                        false));
        try (Concurrency concurrency = Concurrency.defaults()) {
            Loop loop = concurrency.startLoop("uploads-test");
            CompletableFuture<Void> call = new CompletableFuture<>();
            loop.execute(() -> app.call(
                            scope,
                            () -> {
                                int from = handed.get();
                                if (from >= sentBeforeLeaving) {
                                    left.complete(null);
                                    return CompletableFuture.<Message>completedFuture(HttpMessage.Disconnect.INSTANCE);
                                }
                                int size = Math.min(64 * 1024 - 7, body.length - from);
                                handed.addAndGet(size);
                                return CompletableFuture.completedFuture(new HttpMessage.RequestBody(
                                        Chunk.of(java.util.Arrays.copyOfRange(body, from, from + size)), true));
                            },
                            message -> CompletableFuture.completedFuture(null))
                    .whenComplete((v, e) -> call.complete(null)));
            call.get(30, TimeUnit.SECONDS);
            assertThat(left).isDone();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!spooled().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(spooled()).isEmpty();
        assertThat(handlers.seen).hasValue(0);
    }

    @Test
    void aSmallMultipartBodyIsStillReadWhole() {
        TestResponse response = client.request("POST", "/digest")
                .multipart(Multipart.create().field("label", "s").file("file", "s.txt", "text/plain", content(100)))
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).extracting("inMemory", "size").containsExactly(true, 100);
        assertThat(spooled()).isEmpty();
    }
}
