package io.griddle.binding.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.UploadFile;
import io.griddle.http.HttpError;
import io.griddle.test.Multipart;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The form reader alone: what it makes of each kind of body, and that every buffer Netty's decoder allocates is
 * released, on success and on every failure (the allocator's metric counts what is still held).
 */
class FormReaderTest {

    private static final String MULTIPART = Multipart.create().contentType();

    @AfterEach
    void everyBufferIsReleased() {
        assertThat(FormReader.Netty.HEAP.metric().usedHeapMemory()).isZero();
        assertThat(FormReader.Netty.HEAP.metric().usedDirectMemory()).isZero();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void urlencodedDecodesPlusAndEscapes() {
        FormData form =
                FormReader.read(utf8("a=1&b=x+y%21&a=2&c="), "application/x-www-form-urlencoded; charset=utf-8");
        assertThat(form.values()).isEqualTo(Map.of("a", List.of("1", "2"), "b", List.of("x y!"), "c", List.of("")));
        assertThat(form.last("a")).isEqualTo("2");
    }

    @Test
    void otherContentTypesAndEmptyBodiesAreEmptyForms() {
        assertThat(FormReader.read(utf8("{\"a\":1}"), "application/json").values())
                .isEmpty();
        assertThat(FormReader.read(utf8("a=1"), null).values()).isEmpty();
        assertThat(FormReader.read(new byte[0], MULTIPART).values()).isEmpty();
    }

    @Test
    void multipartKeepsFieldsAndFilesInOrder() {
        byte[] body = Multipart.create()
                .field("name", "Zoë")
                .file("doc", "d.bin", "application/pdf", new byte[] {0, 1, 2})
                .field("name", "again")
                .bytes();
        FormData form = FormReader.read(body, MULTIPART);
        assertThat(form.all("name")).isEqualTo(List.of("Zoë", "again"));
        UploadFile doc = (UploadFile) form.last("doc");
        assertThat(doc.filename()).isEqualTo("d.bin");
        assertThat(doc.contentType()).isEqualTo("application/pdf");
        assertThat(doc.bytes()).containsExactly(0, 1, 2);
    }

    @Test
    void aTruncatedBodyIsRefused() {
        byte[] body = Multipart.create()
                .field("a", "1")
                .file("f", "f.txt", "text/plain", utf8("x".repeat(5000)))
                .bytes();
        for (int cut : new int[] {10, 60, 200, 3000}) {
            assertThatThrownBy(() -> FormReader.read(Arrays.copyOf(body, body.length - cut), MULTIPART))
                    .isInstanceOf(HttpError.class)
                    .satisfies(e -> assertThat(((HttpError) e).status()).isEqualTo(400));
        }
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> FormReader.read(utf8("not multipart at all"), MULTIPART))
                .isInstanceOf(HttpError.class)
                .hasMessage("400 There was an error parsing the body");
        assertThatThrownBy(() -> FormReader.read(utf8("--x"), "multipart/form-data"))
                .isInstanceOf(HttpError.class)
                .hasMessage("400 Missing boundary in multipart.");
    }

    @Test
    void starletteLimitsApply() {
        Multipart files = Multipart.create();
        for (int i = 0; i <= FormReader.MAX_FILES; i++) {
            files.file("f", "f" + i, "text/plain", utf8("x"));
        }
        assertThatThrownBy(() -> FormReader.read(files.bytes(), MULTIPART))
                .hasMessage("400 Too many files. Maximum number of files is 1000.");

        byte[] big = Multipart.create()
                .field("big", "x".repeat(FormReader.MAX_PART_SIZE + 1))
                .bytes();
        assertThatThrownBy(() -> FormReader.read(big, MULTIPART))
                .hasMessage("400 Part exceeded maximum size of 1024KB.");
    }
}
