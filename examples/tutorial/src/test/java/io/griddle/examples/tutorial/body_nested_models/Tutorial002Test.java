package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;

/** FastAPI's test_tutorial001_tutorial002_tutorial003 for tutorial002: tags are a list of strings. */
class Tutorial002Test extends TagsSpec {

    @Override
    App app() {
        return Tutorial002.app();
    }

    @Override
    String tagsSchema() {
        return """
                {"title": "Tags", "type": "array", "items": {"type": "string"}, "default": []}""";
    }

    @Override
    boolean isSet() {
        return false;
    }
}
