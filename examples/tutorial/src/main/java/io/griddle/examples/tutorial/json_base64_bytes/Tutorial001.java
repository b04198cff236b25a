package io.griddle.examples.tutorial.json_base64_bytes;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Post;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bytes inside JSON: a {@code byte[]} record component is read from, and written as, base64 text, and documented as
 * a string with {@code contentEncoding: base64}. Every record does so; there is nothing to configure.
 */
public final class Tutorial001 {

    /** Read from a request. */
    public record DataInput(String description, byte[] data) {}

    /** Sent in a response. */
    public record DataOutput(String description, byte[] data) {}

    /** Both read and sent. */
    public record DataInputOutput(String description, byte[] data) {}

    @Post("/data")
    public Map<String, Object> postData(@Body DataInput body) {
        String content = new String(body.data(), StandardCharsets.UTF_8);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("description", body.description());
        answer.put("content", content);
        return answer;
    }

    @Get("/data")
    public DataOutput getData() {
        byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
        return new DataOutput("A plumbus", data);
    }

    @Post("/data-in-out")
    public DataInputOutput postDataInOut(@Body DataInputOutput body) {
        return body;
    }

    /** The app. */
    public static App app() {
        return App.create().include(new Tutorial001());
    }
}
