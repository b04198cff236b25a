package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;

/** FastAPI's test_tutorial001_tutorial002_tutorial003 for tutorial003: tags are a set of strings. */
class Tutorial003Test extends TagsSpec {

    @Override
    App app() {
        return Tutorial003.app();
    }

    @Override
    String tagsSchema() {
        return """
                {"title": "Tags", "type": "array", "items": {"type": "string"}, "uniqueItems": true, "default": []}""";
    }

    @Override
    boolean isSet() {
        return true;
    }
}
