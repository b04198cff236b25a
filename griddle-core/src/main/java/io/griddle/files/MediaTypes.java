package io.griddle.files;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of a file from its name's extension, from a fixed table (the same answer on every JDK and
 * system, unlike {@code URLConnection.guessContentTypeFromName}). Text types carry {@code charset=utf-8}, as
 * Starlette adds it; a name the table does not know is {@code text/plain; charset=utf-8}, Starlette's fallback.
 *
 * <pre>{@code
 * MediaTypes.guess("app.mjs");      // "text/javascript; charset=utf-8"
 * MediaTypes.guess("font.woff2");   // "font/woff2"
 * }</pre>
 */
public final class MediaTypes {

    /** The type of a name the table does not know. */
    public static final String FALLBACK = "text/plain; charset=utf-8";

    private static final Map<String, String> BY_EXTENSION = table();

    private MediaTypes() {}

    /** The media type for a file name or path (only the part after the last dot counts, case-insensitively). */
    public static String guess(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1 || dot == name.length() - 1) { // none, or a hidden name such as .env
            return FALLBACK;
        }
        String type = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return type == null ? FALLBACK : type;
    }

    private static Map<String, String> table() {
        Map<String, String> types = new HashMap<>();
        String[][] rows = {
            {"text/html", "html", "htm"},
            {"text/css", "css"},
            {"text/javascript", "js", "mjs", "cjs"},
            {"text/plain", "txt", "text", "log", "conf", "ini"},
            {"text/markdown", "md", "markdown"},
            {"text/csv", "csv"},
            {"text/xml", "xml"},
            {"text/calendar", "ics"},
            {"text/vtt", "vtt"},
            {"application/json", "json", "map"},
            {"application/manifest+json", "webmanifest"},
            {"application/ld+json", "jsonld"},
            {"application/wasm", "wasm"},
            {"application/pdf", "pdf"},
            {"application/zip", "zip"},
            {"application/gzip", "gz", "tgz"},
            {"application/x-tar", "tar"},
            {"application/x-bzip2", "bz2"},
            {"application/x-7z-compressed", "7z"},
            {"application/java-archive", "jar"},
            {"application/octet-stream", "bin", "exe", "dll", "so", "class"},
            {"application/xhtml+xml", "xhtml"},
            {"application/rss+xml", "rss"},
            {"application/atom+xml", "atom"},
            {"application/yaml", "yaml", "yml"},
            {"application/toml", "toml"},
            {"application/msword", "doc"},
            {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
            {"application/vnd.ms-excel", "xls"},
            {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
            {"image/png", "png"},
            {"image/jpeg", "jpg", "jpeg"},
            {"image/gif", "gif"},
            {"image/webp", "webp"},
            {"image/avif", "avif"},
            {"image/svg+xml", "svg", "svgz"},
            {"image/x-icon", "ico"},
            {"image/bmp", "bmp"},
            {"image/tiff", "tif", "tiff"},
            {"font/woff", "woff"},
            {"font/woff2", "woff2"},
            {"font/ttf", "ttf"},
            {"font/otf", "otf"},
            {"audio/mpeg", "mp3"},
            {"audio/ogg", "ogg", "oga"},
            {"audio/wav", "wav"},
            {"audio/flac", "flac"},
            {"audio/aac", "aac"},
            {"video/mp4", "mp4", "m4v"},
            {"video/webm", "webm"},
            {"video/ogg", "ogv"},
            {"video/quicktime", "mov"},
            {"video/x-msvideo", "avi"},
        };
        for (String[] row : rows) {
            String type = row[0].startsWith("text/") ? row[0] + "; charset=utf-8" : row[0];
            for (int i = 1; i < row.length; i++) {
                types.put(row[i], type);
            }
        }
        return Map.copyOf(types);
    }
}
