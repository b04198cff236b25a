package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Date-times with an offset, times, durations and bytes in requests and answers, as Pydantic reads and FastAPI
 * writes them: offsets kept, a duration from seconds or ISO 8601 text and sent as seconds, bytes as base64 text.
 */
class ExtraTypesTest {

    record Slot(OffsetDateTime start, Duration length, Optional<LocalTime> alarm) {}

    record Blob(String name, byte[] data) {}

    static final class Api {
        @Post("/slots")
        public Map<String, Object> slot(@Body Slot slot) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("start", slot.start());
            answer.put("end", slot.start().plus(slot.length()));
            answer.put("length", slot.length());
            answer.put("alarm", slot.alarm());
            return answer;
        }

        @Get("/wait")
        public Map<String, Object> waitFor(@Query Duration timeout, @Query Optional<OffsetDateTime> after) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("timeout", timeout);
            answer.put("after", after);
            return answer;
        }

        @Post("/blobs")
        public Blob blob(@Body Blob blob) {
            return new Blob(
                    blob.name() + "!",
                    new String(blob.data(), StandardCharsets.UTF_8)
                            .toUpperCase()
                            .getBytes(StandardCharsets.UTF_8));
        }

        @Post("/upload")
        public int upload(@File byte[] file) {
            return file.length;
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Api()));

    @AfterEach
    void close() {
        client.close();
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    @Test
    void offsetsAreKeptAndDurationsAreSeconds() {
        var body = Map.of("start", "2026-12-07T10:00:00+01:00", "length", 90.5, "alarm", "09:45:00");
        assertThat(tree(client.post("/slots", body).text())).isEqualTo(tree("""
                {"start": "2026-12-07T10:00:00+01:00", "end": "2026-12-07T10:01:30.5+01:00", "length": 90.5,
                 "alarm": "09:45:00"}"""));
    }

    @Test
    void aDurationAlsoReadsIsoTextAndClockText() {
        var iso = Map.of("start", "2026-12-07T10:00:00Z", "length", "PT2H");
        assertThat(tree(client.post("/slots", iso).text())).isEqualTo(tree("""
                {"start": "2026-12-07T10:00:00+00:00", "end": "2026-12-07T12:00:00+00:00", "length": 7200,
                 "alarm": null}"""));
        var clock = Map.of("start", "2026-12-07 10:00:00+00:00", "length", "01:02:03");
        assertThat(tree(client.post("/slots", clock).text()).path("length").asLong())
                .isEqualTo(3723);
    }

    @Test
    void queryTextBindsTheSameTypes() {
        assertThat(client.get("/wait?timeout=1.25&after=2026-12-07T10:00:00%2B02:00")
                        .json())
                .isEqualTo(Map.of("timeout", 1.25, "after", "2026-12-07T10:00:00+02:00"));
    }

    @Test
    void badTimesAreA422WithPydanticsTypes() {
        var body = Map.of("start", "2026-12-07T10:00:00", "length", "a while", "alarm", "9 o'clock");
        assertThat(tree(client.post("/slots", body).text())).isEqualTo(tree("""
                {"detail": [
                  {"type": "timezone_aware", "loc": ["body", "start"], "msg": "Input should have timezone info",
                   "input": "2026-12-07T10:00:00"},
                  {"type": "time_delta_parsing", "loc": ["body", "length"],
                   "msg": "Input should be a valid timedelta, invalid duration format", "input": "a while"},
                  {"type": "time_parsing", "loc": ["body", "alarm"],
                   "msg": "Input should be in a valid time format, invalid time format", "input": "9 o'clock"}]}"""));
        assertThat(client.get("/wait?timeout=true").json())
                .isEqualTo(Map.of(
                        "detail",
                        List.of(Map.of(
                                "type", "time_delta_parsing",
                                "loc", List.of("query", "timeout"),
                                "msg", "Input should be a valid timedelta, invalid duration format",
                                "input", "true"))));
    }

    @Test
    void bytesInJsonAreBase64BothWays() {
        assertThat(client.post("/blobs", Map.of("name", "a", "data", "aGVsbG8="))
                        .json())
                .isEqualTo(Map.of("name", "a!", "data", "SEVMTE8="));
        // Unpadded and URL-safe text is read too.
        assertThat(client.post("/blobs", Map.of("name", "b", "data", "aGk")).json())
                .isEqualTo(Map.of("name", "b!", "data", "SEk="));
        assertThat(client.post("/blobs", Map.of("name", "c", "data", "-_8")).status())
                .isEqualTo(200);
    }

    @Test
    void bytesThatAreNotBase64AreA422() {
        assertThat(tree(client.post("/blobs", Map.of("name", "a", "data", "%%%"))
                        .text()))
                .isEqualTo(tree("""
                {"detail": [{"type": "bytes_invalid_encoding", "loc": ["body", "data"],
                             "msg": "Data should be valid base64", "input": "%%%"}]}"""));
        assertThat(tree(client.post("/blobs", Map.of("name", "a", "data", 12)).text()))
                .isEqualTo(tree("""
                {"detail": [{"type": "bytes_type", "loc": ["body", "data"],
                             "msg": "Input should be a valid bytes", "input": 12}]}"""));
    }

    @Test
    void theDocumentSaysBase64ForJsonBytesAndAFileForFormBytes() {
        JsonNode document = tree(client.get("/openapi.json").text());
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Blob")
                        .path("properties")
                        .path("data"))
                .isEqualTo(tree("""
                {"type": "string", "contentEncoding": "base64", "contentMediaType": "application/octet-stream",
                 "title": "Data"}"""));
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Body_upload_upload_post")
                        .path("properties")
                        .path("file"))
                .isEqualTo(tree("""
                {"type": "string", "contentMediaType": "application/octet-stream", "title": "File"}"""));
        assertThat(document.path("components").path("schemas").path("Slot").path("properties"))
                .isEqualTo(tree("""
                {"start": {"type": "string", "format": "date-time", "title": "Start"},
                 "length": {"type": "string", "format": "duration", "title": "Length"},
                 "alarm": {"anyOf": [{"type": "string", "format": "time"}, {"type": "null"}], "title": "Alarm"}}"""));
    }
}
