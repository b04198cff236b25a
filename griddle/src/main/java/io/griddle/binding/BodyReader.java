package io.griddle.binding;

import io.griddle.RequestValidationError;
import io.griddle.RequestValidationError.Issue;
import io.griddle.binding.json.JsonReading;
import io.griddle.binding.json.StreamBinder;
import io.griddle.http.HttpError;
import io.griddle.http.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a request body as FastAPI does before validating it: an empty body is absent; with a JSON content type
 * ({@code application/json}, {@code application/*+json}) it is parsed, and malformed JSON is a 422
 * {@code json_invalid} located at the character where parsing failed; with any other content type it stays text,
 * which a record refuses as {@code model_attributes_type}. A body without a content type is text too when the route
 * is strict (the default, FastAPI's {@code strict_content_type=True}), and is parsed as JSON when it is lax.
 *
 * <p>The application's {@link JsonLimits} hold: a body longer than its size limit is answered 413 before it is
 * parsed, and one past another limit (depth, a number's, a string's or a name's length, tokens) 422
 * {@code json_invalid}, as malformed JSON is, with what was exceeded as the error.
 */
final class BodyReader {

    // Jackson's message for a limit: "Document nesting depth (501) exceeds the maximum allowed (500, from ...)".
    private static final Pattern LIMIT = Pattern.compile("^(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private BodyReader() {}

    /**
     * Reads the body into the call: bound straight from its bytes by {@code whole} when that binder is given and the
     * body is plainly valid, else as a JSON tree for the binders (which then report every problem).
     */
    static void read(
            byte[] bytes, String contentType, boolean strict, Call call, StreamBinder whole, JsonReading reading) {
        checkSize(bytes.length, reading.limits());
        if (bytes.length == 0) {
            call.body = null;
            return;
        }
        if (!isJson(contentType) && (strict || !isAbsent(contentType))) {
            call.body = JsonNodeFactory.instance.stringNode(new String(bytes, StandardCharsets.UTF_8));
            return;
        }
        if (whole != null) {
            Object value = reading.readWhole(whole, bytes);
            if (value != StreamBinder.NO) {
                call.streamed = value;
                call.json = bytes;
                call.reading = reading;
                return;
            }
        }
        try {
            JsonNode node = reading.readTree(bytes);
            call.body = node == null || node.isMissingNode() ? null : node;
        } catch (StreamConstraintsException e) {
            throw pastLimit(e, bytes);
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

    /** Answers 413 when a body of this many bytes is over the size limit: before reading it, or after. */
    static void checkSize(long bytes, JsonLimits limits) {
        if (bytes > limits.maxDocumentBytes()) {
            throw new HttpError(413, "Request body too large");
        }
    }

    // A limit other than the size (which Jackson never meets here: checked before) as a json_invalid issue.
    private static RuntimeException pastLimit(StreamConstraintsException e, byte[] bytes) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher limit = LIMIT.matcher(message);
        String error = limit.find()
                ? limit.group(1) + " exceeds the maximum allowed (" + limit.group(3) + ")"
                : message.lines().findFirst().orElse("JSON limit exceeded");
        if (error.startsWith("Document length")) {
            return new HttpError(413, "Request body too large");
        }
        return new RequestValidationError(
                List.of(new Issue(
                        "json_invalid",
                        List.of("body", position(e, bytes)),
                        "JSON decode error",
                        Map.of(),
                        Map.of("error", error))),
                new String(bytes, StandardCharsets.UTF_8));
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
