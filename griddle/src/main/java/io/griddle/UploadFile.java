package io.griddle;

import io.griddle.gateway.HeaderList;
import io.griddle.gateway.Headers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * A file received in a {@code multipart/form-data} body, as FastAPI's {@code UploadFile}: the name the client gave
 * it, its content type, its part's headers and its content. Content up to 1 MiB is held in memory; a larger file was
 * spooled to a temporary file while it arrived (Starlette's {@code SpooledTemporaryFile}), and the methods read from
 * either alike. A spooled file is deleted after the response is sent (or when the client leaves): to keep it, move it
 * with {@link #transferTo(Path)} in the handler.
 *
 * <pre>{@code
 * @Post("/uploadfile/") Map<String, Object> upload(@File UploadFile file) {
 *     file.transferTo(Path.of("/srv/uploads", UUID.randomUUID().toString()));
 *     return Map.of("filename", file.filename(), "size", file.size(), "type", file.contentType());
 * }
 * }</pre>
 *
 * <p>Reading a spooled file ({@link #bytes()}, {@link #inputStream()}, {@link #transferTo}) is blocking file I/O:
 * do it in a blocking handler, or hop with {@code Async.toThread} from an async one.
 */
public final class UploadFile {

    private final String filename;
    private final String contentType;
    private final Headers headers;
    private final byte[] content;
    private final long size;
    private volatile Path file;

    /**
     * A file held in memory.
     *
     * @param filename    the client's name for the file (may be empty)
     * @param contentType the part's content type
     * @param content     the bytes, kept as they are (not copied)
     */
    public UploadFile(String filename, String contentType, byte[] content) {
        this(filename, contentType, partHeaders(null, filename, contentType), content, null, content.length);
    }

    private UploadFile(String filename, String contentType, Headers headers, byte[] content, Path file, long size) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.content = content;
        this.file = file;
        this.size = size;
    }

    /**
     * A file held in memory, with its part's headers.
     *
     * @param headers the part's headers ({@code content-disposition}, {@code content-type})
     */
    public static UploadFile inMemory(String filename, String contentType, Headers headers, byte[] content) {
        return new UploadFile(
                filename, contentType, headers, Objects.requireNonNull(content, "content"), null, content.length);
    }

    /**
     * A file whose content lies on disk, read from there on each use (e.g. a spooled upload).
     *
     * @param file the content's file; whoever made it decides when it is deleted
     * @param size its size in bytes
     */
    public static UploadFile onDisk(String filename, String contentType, Headers headers, Path file, long size) {
        return new UploadFile(filename, contentType, headers, null, Objects.requireNonNull(file, "file"), size);
    }

    /**
     * The headers of a part with this field name (none when {@code null}), file name and content type, as Griddle
     * keeps them: {@code content-disposition} and {@code content-type}.
     */
    public static Headers partHeaders(String name, String filename, String contentType) {
        HeaderList headers = new HeaderList(2);
        String named = name == null ? "" : "; name=\"" + quoted(name) + "\"";
        headers.add("content-disposition", "form-data" + named + "; filename=\"" + quoted(filename) + "\"");
        headers.add("content-type", contentType);
        return headers;
    }

    // As browsers send a double quote in a part's header.
    private static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The file name the client sent; never a path to trust on the server's disk. */
    public String filename() {
        return filename;
    }

    /** The part's content type; {@code application/octet-stream} when the client gave none. */
    public String contentType() {
        return contentType;
    }

    /**
     * The part's headers: its {@code content-disposition} and {@code content-type} as Griddle read them (other part
     * headers are not kept).
     */
    public Headers headers() {
        return headers;
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** Whether the content is held in memory (1 MiB or less) rather than in a temporary file. */
    public boolean inMemory() {
        return content != null;
    }

    /**
     * The whole content: the array itself for a file in memory, else read from the temporary file (all of it, into
     * memory: prefer {@link #inputStream()} or {@link #transferTo} for large files).
     *
     * @throws UncheckedIOException when the temporary file cannot be read (deleted after the response, say)
     */
    public byte[] bytes() {
        if (content != null) {
            return content;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content as a stream, from memory or from the temporary file; the caller closes it. */
    public InputStream inputStream() {
        if (content != null) {
            return new ByteArrayInputStream(content);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the content at {@code target}, replacing a file there: a spooled file is moved (a rename on the same file
     * system, so a large upload is not copied) and is then no longer deleted after the response; reads afterwards come
     * from {@code target}. Content in memory is written there.
     */
    public void transferTo(Path target) {
        try {
            if (content != null) {
                Files.write(target, content);
                return;
            }
            Path moved = Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            file = moved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The temporary file holding the content, or {@code null} when it is in memory. */
    public Path path() {
        return file;
    }

    /** The content decoded as UTF-8. */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "UploadFile[filename=" + filename + ", contentType=" + contentType + ", size=" + size + "]";
    }
}
