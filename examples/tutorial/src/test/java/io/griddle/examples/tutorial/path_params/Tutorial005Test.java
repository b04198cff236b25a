package io.griddle.examples.tutorial.path_params;

import static io.griddle.examples.tutorial.Spec.assertJson;
import static io.griddle.examples.tutorial.Spec.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.examples.tutorial.Spec;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_path_params/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void eachModelHasItsMessage() {
        assertJson(client.get("/models/alexnet"), 200, """
                {"model_name": "alexnet", "message": "Deep Learning FTW!"}""");
        assertJson(client.get("/models/lenet"), 200, """
                {"model_name": "lenet", "message": "LeCNN all the images"}""");
        assertJson(client.get("/models/resnet"), 200, """
                {"model_name": "resnet", "message": "Have some residuals"}""");
    }

    @Test
    void otherNamesAreRefusedWithTheAllowedValues() {
        assertJson(client.get("/models/foo"), 422, """
                {"detail": [{"type": "enum", "loc": ["path", "model_name"],
                             "msg": "Input should be 'alexnet', 'resnet' or 'lenet'", "input": "foo",
                             "ctx": {"expected": "'alexnet', 'resnet' or 'lenet'"}}]}""");
    }

    @Test
    void openApiRefersToTheEnumSchema() {
        var document = Spec.openapi(client);
        var operation = Spec.operation(document, "/models/{model_name}", "get");
        assertThat(operation.get("summary")).isEqualTo("Get Model");
        assertThat(Spec.parameter(operation, "model_name")).isEqualTo(json("""
                {"name": "model_name", "in": "path", "required": true,
                 "schema": {"$ref": "#/components/schemas/ModelName"}}"""));
        assertThat(Spec.component(document, "ModelName")).isEqualTo(json("""
                {"title": "ModelName", "enum": ["alexnet", "resnet", "lenet"], "type": "string"}"""));
    }
}
