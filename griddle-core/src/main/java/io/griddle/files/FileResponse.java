package io.griddle.files;

import io.griddle.http.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file as a response, as FastAPI's {@code FileResponse}: the media type guessed from the name (or given),
 * {@code content-length}, {@code etag} and {@code last-modified} from the file's attributes,
 * {@code accept-ranges: bytes}, and with a filename a {@code content-disposition} ({@code attachment} by default).
 * The server sends the bytes itself, with {@code sendfile} over plain TCP; {@code Range} and {@code If-Range}
 * requests are answered from it (206, {@code multipart/byteranges}, 416) when it is sent.
 *
 * <pre>{@code
 * app.get("/video", Endpoint.blocking(request -> FileResponse.of(Path.of("large-video-file.mp4"))));
 * app.get("/report", Endpoint.blocking(request -> FileResponse.download(Path.of("out/r-7.pdf"), "report.pdf")));
 * FileResponse.builder(path).mediaType("text/csv").filename("data.csv").inline().build();
 * }</pre>
 *
 * <p>Building one reads the file's attributes: a missing file, or a directory, fails with
 * {@link IllegalStateException} (a 500, as in FastAPI). The file must not change while it is sent.
 */
public final class FileResponse {

    private final Path path;
    private String mediaType;
    private String filename;
    private String dispositionType = "attachment";
    private int status = 200;

    private FileResponse(Path path) {
        this.path = path;
    }

    /** The whole file, its media type guessed from its name. */
    public static Response of(Path path) {
        return builder(path).build();
    }

    /** The whole file, with the given media type. */
    public static Response of(Path path, String mediaType) {
        return builder(path).mediaType(mediaType).build();
    }

    /** The file as a download: {@code content-disposition: attachment; filename="..."}, type from the filename. */
    public static Response download(Path path, String filename) {
        return builder(path).filename(filename).build();
    }

    /** Starts a response of the file, to set what the factories above do not. */
    public static FileResponse builder(Path path) {
        return new FileResponse(path);
    }

    /** The media type; by default guessed from the filename if given, else from the path ({@link MediaTypes}). */
    public FileResponse mediaType(String type) {
        this.mediaType = type;
        return this;
    }

    /** The name the client should save it as ({@code content-disposition}); also guides the media type. */
    public FileResponse filename(String name) {
        this.filename = name;
        return this;
    }

    /** {@code content-disposition: inline} instead of {@code attachment}: shown by the browser, not saved. */
    public FileResponse inline() {
        this.dispositionType = "inline";
        return this;
    }

    /** The status (200 by default; ranges are served only for 200). */
    public FileResponse status(int code) {
        this.status = code;
        return this;
    }

    /** Reads the file's attributes and makes the response. */
    public Response build() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException missing) {
            throw new IllegalStateException("File at path " + path + " does not exist.", missing);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the attributes of " + path, unreadable);
        }
        if (!attributes.isRegularFile()) {
            throw new IllegalStateException("File at path " + path + " is not a file.");
        }
        String type = mediaType != null
                ? mediaType
                : MediaTypes.guess(
                        filename != null ? filename : path.getFileName().toString());
        Response response = fileResponse(
                        path,
                        attributes.size(),
                        Validators.of(
                                attributes.size(), attributes.lastModifiedTime().toInstant()),
                        type)
                .status(status);
        if (filename != null) {
            response.header("content-disposition", disposition(dispositionType, filename));
        }
        return response;
    }

    /** The response every file answer shares: type, length, validators, accept-ranges, the body from the file. */
    static Response fileResponse(Path path, long size, Validators validators, String type) {
        return Response.file(path, 0, size, type)
                .header("content-length", Long.toString(size))
                .header("last-modified", validators.lastModified())
                .header("etag", validators.etag())
                .header("accept-ranges", "bytes");
    }

    // RFC 6266: a plain token-safe name in quotes, anything else percent-encoded as filename* in UTF-8.
    static String disposition(String type, String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        boolean plain = encoded.equals(filename) && filename.indexOf('"') < 0 && filename.indexOf('\\') < 0;
        return plain ? type + "; filename=\"" + filename + "\"" : type + "; filename*=utf-8''" + encoded;
    }
}
