package io.griddle.binding.json;

import io.griddle.RequestValidationError.Issue;
import java.util.Base64;

/**
 * A {@code byte[]} in a JSON body: base64 text, standard or URL-safe alphabet, padded or not, as Pydantic's
 * {@code val_json_bytes = "base64"} reads it (Jackson writes {@code byte[]} back as standard base64). Anything else is
 * a 422: {@code bytes_type} for a value that is not text, {@code bytes_invalid_encoding} for text that is not base64.
 *
 * <pre>{@code
 * Base64Bytes.decode("aGVsbG8=");   // "hello" as UTF-8 bytes
 * Base64Bytes.decode("not base64!"); // null
 * }</pre>
 */
final class Base64Bytes {

    private Base64Bytes() {}

    /** The tree binder of {@code byte[]}. */
    static final JsonBinder BINDER = (node, loc, issues) -> {
        if (node == null) {
            return JsonBinders.fail(issues, new Issue("missing", loc, "Field required", null));
        }
        if (!node.isString()) {
            return JsonBinders.fail(issues, new Issue("bytes_type", loc, "Input should be a valid bytes", node));
        }
        byte[] bytes = decode(node.stringValue());
        return bytes != null
                ? bytes
                : JsonBinders.fail(
                        issues, new Issue("bytes_invalid_encoding", loc, "Data should be valid base64", node));
    };

    /** The decoded bytes, or {@code null} when the text is not base64. */
    static byte[] decode(String text) {
        boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
        try {
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
