package io.griddle.examples.tutorial.extra_data_types;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_extra_data_types/test_tutorial001, as the specification. */
class Tutorial001Test {

    private final TestClient client = TestClient.of(Tutorial001.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void extraTypes() {
        var data = Map.of(
                "start_datetime", "2018-12-22T14:00:00+00:00",
                "end_datetime", "2018-12-24T15:00:00+00:00",
                "repeat_at", "15:30:00",
                "process_after", 300);
        assertJson(client.put("/items/ff97dd87-a4a5-4a12-b412-cde99f33e00e", data), 200, """
                {"start_datetime": "2018-12-22T14:00:00+00:00", "end_datetime": "2018-12-24T15:00:00+00:00",
                 "repeat_at": "15:30:00", "process_after": 300,
                 "start_process": "2018-12-22T14:05:00+00:00", "duration": 176100,
                 "item_id": "ff97dd87-a4a5-4a12-b412-cde99f33e00e"}""");
    }

    @Test
    void aDurationAsIso8601TextAndNoRepeatTime() {
        // Beyond FastAPI's test: the duration may be ISO 8601 text, and the optional time left out.
        var data = Map.of(
                "start_datetime", "2018-12-22T14:00:00+01:00",
                "end_datetime", "2018-12-22T15:00:00+01:00",
                "process_after", "PT1M30S");
        assertJson(client.put("/items/ff97dd87-a4a5-4a12-b412-cde99f33e00e", data), 200, """
                {"start_datetime": "2018-12-22T14:00:00+01:00", "end_datetime": "2018-12-22T15:00:00+01:00",
                 "repeat_at": null, "process_after": 90,
                 "start_process": "2018-12-22T14:01:30+01:00", "duration": 3510,
                 "item_id": "ff97dd87-a4a5-4a12-b412-cde99f33e00e"}""");
    }

    @Test
    void badValuesAreA422EachAtItsPlace() {
        // Beyond FastAPI's test: what Pydantic reports for a bad UUID, datetime, time and duration.
        var response = client.put(
                "/items/not-a-uuid",
                Map.of(
                        "start_datetime", "yesterday",
                        "end_datetime", "2018-12-24T15:00:00+00:00",
                        "repeat_at", "25:00",
                        "process_after", "soon"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail": [
                  {"type": "uuid_parsing", "loc": ["path", "item_id"],
                   "msg": "Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-]",
                   "input": "not-a-uuid"},
                  {"type": "datetime_from_date_parsing", "loc": ["body", "start_datetime"],
                   "msg": "Input should be a valid datetime or date, invalid datetime format", "input": "yesterday"},
                  {"type": "time_delta_parsing", "loc": ["body", "process_after"],
                   "msg": "Input should be a valid timedelta, invalid duration format", "input": "soon"},
                  {"type": "time_parsing", "loc": ["body", "repeat_at"],
                   "msg": "Input should be in a valid time format, invalid time format", "input": "25:00"}]}"""));
    }

    @Test
    void openApiSchema() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/items/{item_id}", "put");
        assertThat(operation.get("summary")).isEqualTo("Read Items");
        assertThat(operation.get("operationId")).isEqualTo("readItems_items__item_id__put");
        assertThat(operation.get("parameters")).isEqualTo(json("""
                [{"required": true, "schema": {"title": "Item Id", "type": "string", "format": "uuid"},
                  "name": "item_id", "in": "path"}]"""));
        assertThat(operation.get("requestBody")).isEqualTo(json("""
                {"required": true, "content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/Body_readItems_items__item_id__put"}}}}"""));
        assertThat(Spec.at(operation, "responses", "422", "content", "application/json", "schema"))
                .isEqualTo(json("""
                {"$ref": "#/components/schemas/HTTPValidationError"}"""));
        assertThat(Spec.component(document, "Body_readItems_items__item_id__put"))
                .isEqualTo(json("""
                {"title": "Body_readItems_items__item_id__put", "type": "object",
                 "properties": {
                   "start_datetime": {"title": "Start Datetime", "type": "string", "format": "date-time"},
                   "end_datetime": {"title": "End Datetime", "type": "string", "format": "date-time"},
                   "process_after": {"title": "Process After", "type": "string", "format": "duration"},
                   "repeat_at": {"title": "Repeat At", "anyOf": [{"type": "string", "format": "time"}, {"type": "null"}]}},
                 "required": ["start_datetime", "end_datetime", "process_after"]}"""));
    }
}
