package io.griddle.examples.tutorial.generate_clients;

import io.griddle.examples.tutorial.ExpectedJson;

/** The document FastAPI's generate_clients tests expect, with the operationIds and titles as parameters. */
final class Documents {

    static final String ITEM = """
            "Item": {"title": "Item", "required": ["name", "price"], "type": "object",
                     "properties": {"name": {"title": "Name", "type": "string"},
                                    "price": {"title": "Price", "type": "number"}}},""";

    static final String MESSAGE = """
            "ResponseMessage": {"title": "ResponseMessage", "required": ["message"], "type": "object",
                                "properties": {"message": {"title": "Message", "type": "string"}}},""";

    static final String USER = """
            "User": {"title": "User", "required": ["username", "email"], "type": "object",
                     "properties": {"username": {"title": "Username", "type": "string"},
                                    "email": {"title": "Email", "type": "string"}}},""";

    private Documents() {}

    static String getItems(String tags, String operationId, String responseTitle) {
        return """
                "get": {%s "summary": "Get Items", "operationId": "%s",
                  "responses": {"200": {"description": "Successful Response",
                    "content": {"application/json": {"schema": {
                      "title": "%s", "type": "array", "items": {"$ref": "#/components/schemas/Item"}}}}}}}""".formatted(tags, operationId, responseTitle);
    }

    static String post(String tags, String summary, String operationId, String model) {
        return """
                "post": {%s "summary": "%s", "operationId": "%s",
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}},
                                  "required": true},
                  "responses": {"200": {"description": "Successful Response",
                                        "content": {"application/json": {"schema":
                                          {"$ref": "#/components/schemas/ResponseMessage"}}}},
                                %s}}""".formatted(tags, summary, operationId, model, ExpectedJson.VALIDATION_RESPONSE);
    }

    /** The document of tutorials 002 and 003 (and 004), with these operationIds. */
    static Object tagged(String getItems, String createItem, String createUser, String getItemsTitle) {
        String paths = """
                "/items/": {%s, %s},
                "/users/": {%s}""".formatted(
                        Documents.getItems("\"tags\": [\"items\"],", getItems, getItemsTitle),
                        Documents.post("\"tags\": [\"items\"],", "Create Item", createItem, "Item"),
                        Documents.post("\"tags\": [\"users\"],", "Create User", createUser, "User"));
        return ExpectedJson.openapi(paths, ITEM + MESSAGE + USER);
    }
}
