package io.griddle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a file of a {@code multipart/form-data} body, as FastAPI's {@code File()}: {@code byte[]}
 * for the content alone, {@link UploadFile} for its name, content type and size too, {@code List<UploadFile>} (or
 * {@code List<byte[]>}) for several files under one name, {@code Optional<...>} when it may be left out. The
 * OpenAPI document then describes a {@code multipart/form-data} body.
 *
 * <pre>{@code
 * @Post("/files/") Map<String, Integer> size(@File byte[] file) { return Map.of("file_size", file.length); }
 * @Post("/uploadfiles/") List<String> names(@File List<UploadFile> files) {
 *     return files.stream().map(UploadFile::filename).toList();
 * }
 * }</pre>
 *
 * <p>A file up to 1 MiB is held in memory; a larger one is spooled to a temporary file as it arrives and deleted
 * after the response ({@link UploadFile}). The server's {@code --max-body-size} (16 MiB unless changed) bounds the
 * whole body.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface File {
    /** The field's name; empty means the Java parameter's name. */
    String value() default "";

    /** The field's description in the OpenAPI document ({@code File(description=...)}); empty for none. */
    String description() default "";
}
