package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;
import io.griddle.test.TestClient;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's test_tutorial003_tutorial004 (and test_tutorial005): a summary, a description and the success
 * response's description on {@code POST /items/}.
 */
abstract class DescriptionSpec {

    static final String MARKDOWN = "Create an item with all the information:\\n\\n"
            + "- **name**: each item must have a name\\n- **description**: a long description\\n"
            + "- **price**: required\\n- **tax**: if the item doesn't have tax, you can omit this\\n"
            + "- **tags**: a set of unique tag strings for this item";

    abstract App app();

    abstract String description();

    String responseDescription() {
        return "Successful Response";
    }

    @Test
    void postItems() {
        try (TestClient client = TestClient.of(app())) {
            Items.postItems(client, 200);
        }
    }

    @Test
    void openapiSchema() {
        try (TestClient client = TestClient.of(app())) {
            Items.assertDocument(
                    client,
                    Items.createItem(
                            "\"summary\": \"Create an item\", \"description\": \"" + description() + "\",",
                            "200",
                            responseDescription()));
        }
    }
}
