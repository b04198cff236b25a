package io.griddle.binding;

import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.json.StreamBinder;
import io.griddle.binding.json.StreamBinders;
import io.griddle.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a request body as FastAPI does before validating it: an empty body is absent; with a JSON content type
 * ({@code application/json}, {@code application/*+json}) it is parsed, and malformed JSON is a 422
 * {@code json_invalid} located at the character where parsing failed; with any other content type it stays text,
 * which a record refuses as {@code model_attributes_type}. A body without a content type is text too when the route
 * is strict (the default, FastAPI's {@code strict_content_type=True}), and is parsed as JSON when it is lax.
 */
final class BodyReader {

    // Prepared once: reading a tree needs no type information per request.
    private static final ObjectReader TREE = Json.mapper().reader();

    private BodyReader() {}

    /**
     * Reads the body into the call: bound straight from its bytes by {@code whole} when that binder is given and the
     * body is plainly valid, else as a JSON tree for the binders (which then report every problem).
     */
    static void read(byte[] bytes, String contentType, boolean strict, Call call, StreamBinder whole) {
        if (bytes.length == 0) {
            call.body = null;
            return;
        }
        if (!isJson(contentType) && (strict || !isAbsent(contentType))) {
            call.body = JsonNodeFactory.instance.stringNode(new String(bytes, StandardCharsets.UTF_8));
            return;
        }
        if (whole != null) {
            Object value = StreamBinders.readWhole(whole, bytes);
            if (value != StreamBinder.NO) {
                call.streamed = value;
                call.json = bytes;
                return;
            }
        }
        try {
            JsonNode node = TREE.readTree(bytes);
            call.body = node == null || node.isMissingNode() ? null : node;
        } catch (JacksonException e) {
            throw new RequestValidationError(
                    List.of(new Issue(
                            "json_invalid",
                            List.of("body", position(e, bytes)),
                            "JSON decode error",
                            Map.of(),
                            Map.of("error", pythonMessage(e)))),
                    new String(bytes, StandardCharsets.UTF_8));
        }
    }

    static boolean isJson(String contentType) {
        if ("application/json".equals(contentType)) {
            return true; // the usual header, as clients send it: no parsing
        }
        String type = mediaType(contentType);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /** No content type, or an empty one: what a lax route reads as JSON. */
    static boolean isAbsent(String contentType) {
        return contentType == null || contentType.isBlank();
    }

    /** The media type of a content type, lower case, without parameters; empty when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    // Python's json module reports a character index; Jackson knows the byte offset when it reads bytes.
    private static int position(JacksonException e, byte[] bytes) {
        TokenStreamLocation location = e.getLocation();
        if (location == null) {
            return 0;
        }
        long chars = location.getCharOffset();
        if (chars >= 0) {
            return (int) chars;
        }
        long offset = Math.min(Math.max(0, location.getByteOffset()), bytes.length);
        return new String(bytes, 0, (int) offset, StandardCharsets.UTF_8).length();
    }

    // The messages of Python's json module for the usual mistakes; Jackson's own first line otherwise.
    private static String pythonMessage(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("double-quote to start field name") || message.contains("to start property name")) {
            return "Expecting property name enclosed in double quotes";
        }
        if (message.contains("end-of-input")
                || message.contains("Unrecognized token")
                || message.startsWith("Unexpected character")) {
            return "Expecting value";
        }
        return message.lines().findFirst().orElse("JSON decode error");
    }
}
