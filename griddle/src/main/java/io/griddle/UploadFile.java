package io.griddle;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file received in a {@code multipart/form-data} body, as FastAPI's {@code UploadFile}: the name the client gave
 * it, its content type and its content, held in memory (bounded by the server's {@code --max-body-size}).
 *
 * <pre>{@code
 * @Post("/uploadfile/") Map<String, Object> upload(@File UploadFile file) {
 *     return Map.of("filename", file.filename(), "size", file.size(), "type", file.contentType());
 * }
 * }</pre>
 */
public final class UploadFile {

    private final String filename;
    private final String contentType;
    private final byte[] content;

    /**
     * @param filename    the client's name for the file (may be empty)
     * @param contentType the part's content type
     * @param content     the bytes, kept as they are (not copied)
     */
    public UploadFile(String filename, String contentType, byte[] content) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** The file name the client sent; never a path to trust on the server's disk. */
    public String filename() {
        return filename;
    }

    /** The part's content type; {@code application/octet-stream} when the client gave none. */
    public String contentType() {
        return contentType;
    }

    /** The size in bytes. */
    public long size() {
        return content.length;
    }

    /** The content: the array itself, not a copy. */
    public byte[] bytes() {
        return content;
    }

    /** The content as a stream (no copy). */
    public InputStream inputStream() {
        return new ByteArrayInputStream(content);
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "UploadFile[filename=" + filename + ", contentType=" + contentType + ", size=" + content.length + "]";
    }
}
