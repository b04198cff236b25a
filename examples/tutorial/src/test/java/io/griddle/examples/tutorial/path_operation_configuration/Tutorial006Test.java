package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FastAPI's tests/test_tutorial/test_path_operation_configurations/test_tutorial006, as the specification. */
class Tutorial006Test {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/items/    | [{\"name\": \"Foo\", \"price\": 42}]",
                "/users/    | [{\"username\": \"johndoe\"}]",
                "/elements/ | [{\"item_id\": \"Foo\"}]"
            })
    void served(String path, String expected) {
        try (TestClient client = TestClient.of(Tutorial006.app())) {
            Spec.assertJson(client.get(path), 200, expected);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(Tutorial006.app())) {
            Spec.assertJson(client.get("/openapi.json"), 200, """
                    {"openapi": "3.1.0", "info": {"title": "Griddle", "version": "0.1.0"},
                     "paths": {
                       "/items/": {"get": {
                         "tags": ["items"], "summary": "Read Items", "operationId": "readItems_items__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}},
                       "/users/": {"get": {
                         "tags": ["users"], "summary": "Read Users", "operationId": "readUsers_users__get",
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}},
                       "/elements/": {"get": {
                         "tags": ["items"], "summary": "Read Elements",
                         "operationId": "readElements_elements__get", "deprecated": true,
                         "responses": {"200": {"description": "Successful Response",
                                               "content": {"application/json": {"schema": {}}}}}}}}}""");
        }
    }
}
