package io.griddle.examples.tutorial.body_nested_models;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_body_nested_models/test_tutorial001_tutorial002_tutorial003, shared by the
 * three tutorials, which differ only in the type of {@code tags}.
 */
abstract class TagsSpec {

    private final TestClient client = TestClient.of(app());

    abstract App app();

    /** The tags property's schema in the document. */
    abstract String tagsSchema();

    /** Whether repeated tags are kept once (a set). */
    abstract boolean isSet();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void everyField() {
        var response = client.put(
                "/items/123",
                Map.of(
                        "name",
                        "Foo",
                        "description",
                        "A very nice Item",
                        "price",
                        35.4,
                        "tax",
                        3.2,
                        "tags",
                        List.of("foo", "bar", "foo")));
        assertThat(response.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var item = (Map<String, Object>) ((Map<String, Object>) response.json()).get("item");
        assertThat(item)
                .containsEntry("name", "Foo")
                .containsEntry("description", "A very nice Item")
                .containsEntry("price", 35.4)
                .containsEntry("tax", 3.2);
        if (isSet()) {
            assertThat(item.get("tags"))
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .containsExactlyInAnyOrder("foo", "bar");
        } else {
            assertThat(item.get("tags")).isEqualTo(List.of("foo", "bar", "foo"));
        }
        assertThat(((Map<?, ?>) response.json()).get("item_id")).isEqualTo(123);
    }

    @Test
    void onlyTheRequiredFields() {
        assertJson(client.put("/items/5", Map.of("name", "Foo", "price", 35.4)), 200, """
                {"item_id": 5, "item": {"name": "Foo", "description": null, "price": 35.4, "tax": null, "tags": []}}""");
    }

    @Test
    void anEmptyBody() {
        assertJson(client.put("/items/5", Map.of()), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": {}},
                            {"type": "missing", "loc": ["body", "price"], "msg": "Field required", "input": {}}]}""");
    }

    @Test
    void missingRequiredFields() {
        assertJson(client.put("/items/5", Map.of("description", "A very nice Item")), 422, """
                {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required",
                             "input": {"description": "A very nice Item"}},
                            {"type": "missing", "loc": ["body", "price"], "msg": "Field required",
                             "input": {"description": "A very nice Item"}}]}""");
    }

    @Test
    void openApiShowsTheTagsWithTheirDefault() {
        assertThat(Spec.component(Spec.openapi(client), "Item")).isEqualTo(json("""
                {"title": "Item", "type": "object", "required": ["name", "price"],
                 "properties": {
                   "name": {"title": "Name", "type": "string"},
                   "description": {"title": "Description", "anyOf": [{"type": "string"}, {"type": "null"}]},
                   "price": {"title": "Price", "type": "number"},
                   "tax": {"title": "Tax", "anyOf": [{"type": "number"}, {"type": "null"}]},
                   "tags": %s}}""".formatted(tagsSchema())));
    }
}
