package io.griddle.binding.forms;

import io.griddle.UploadFile;
import io.griddle.http.HttpError;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the decoded parts of one multipart body into {@link FormData}, checking Starlette's limits (1000 fields,
 * 1000 files, 1 MiB per text field) as each part completes. Text and files in memory are copied out of Netty's
 * buffers; a file the decoder spooled to disk is renamed to a file of the {@link Spool}'s, so that destroying the
 * decoder leaves it, and the spool deletes it after the response.
 */
final class Parts {

    private final Map<String, List<Object>> values = new LinkedHashMap<>();
    private final Spool spool;
    private int fields;
    private int files;

    /** @param spool where spooled files go; {@code null} when every part is in memory */
    Parts(Spool spool) {
        this.spool = spool;
    }

    void add(InterfaceHttpData part) throws IOException {
        Object value;
        if (part instanceof FileUpload file) {
            if (++files > FormReader.MAX_FILES) {
                throw new HttpError(400, "Too many files. Maximum number of files is " + FormReader.MAX_FILES + ".");
            }
            value = upload(file);
        } else if (part instanceof Attribute attribute) {
            if (++fields > FormReader.MAX_FIELDS) {
                throw new HttpError(400, "Too many fields. Maximum number of fields is " + FormReader.MAX_FIELDS + ".");
            }
            checkFieldSize(attribute);
            value = attribute.getValue();
        } else {
            return;
        }
        values.computeIfAbsent(part.getName(), n -> new ArrayList<>(1)).add(value);
    }

    /** Refuses a text field over 1 MiB, as soon as it is seen (a field still arriving, too). */
    static void checkFieldSize(Attribute attribute) {
        if (attribute.length() > FormReader.MAX_PART_SIZE) {
            throw new HttpError(400, "Part exceeded maximum size of " + FormReader.MAX_PART_SIZE / 1024 + "KB.");
        }
    }

    private UploadFile upload(FileUpload file) throws IOException {
        var headers = UploadFile.partHeaders(file.getName(), file.getFilename(), file.getContentType());
        if (file.isInMemory() || spool == null) {
            return UploadFile.inMemory(file.getFilename(), file.getContentType(), headers, file.get());
        }
        Path source = file.getFile().toPath();
        Path kept = Files.createTempFile(source.getParent(), "griddle-upload-", ".tmp");
        spool.add(kept); // deleted after the response, whatever happens next
        if (!file.renameTo(kept.toFile())) {
            throw new IOException("could not keep the upload " + source);
        }
        return UploadFile.onDisk(file.getFilename(), file.getContentType(), headers, kept, Files.size(kept));
    }

    FormData form() {
        return new FormData(values);
    }
}
