package io.griddle.examples.tutorial.body_nested_models;

import io.griddle.App;

/** FastAPI's test_tutorial001_tutorial002_tutorial003 for tutorial001: tags are an untyped list. */
class Tutorial001Test extends TagsSpec {

    @Override
    App app() {
        return Tutorial001.app();
    }

    @Override
    String tagsSchema() {
        return """
                {"title": "Tags", "type": "array", "items": {}, "default": []}""";
    }

    @Override
    boolean isSet() {
        return false;
    }
}
