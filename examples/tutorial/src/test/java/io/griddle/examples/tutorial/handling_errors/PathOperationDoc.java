package io.griddle.examples.tutorial.handling_errors;

import io.griddle.examples.tutorial.ExpectedJson;

/** The OpenAPI document FastAPI's handling_errors tests expect for an app with one GET route and one path parameter. */
final class PathOperationDoc {

    private PathOperationDoc() {}

    static Object of(String path, String summary, String operationId, String parameter, String title, String type) {
        return ExpectedJson.openapi(
                """
                "%s": {"get": {
                  "summary": "%s", "operationId": "%s",
                  "parameters": [{"required": true, "schema": {"title": "%s", "type": "%s"},
                                  "name": "%s", "in": "path"}],
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema": {}}}},
                                %s}}}""".formatted(path, summary, operationId, title, type, parameter, ExpectedJson.VALIDATION_RESPONSE),
                "");
    }
}
