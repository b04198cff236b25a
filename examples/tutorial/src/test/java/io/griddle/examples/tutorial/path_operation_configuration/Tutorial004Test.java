package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;

/** FastAPI's test_tutorial003_tutorial004 for tutorial004: a Markdown description (FastAPI's docstring). */
class Tutorial004Test extends DescriptionSpec {

    @Override
    App app() {
        return Tutorial004.app();
    }

    @Override
    String description() {
        return MARKDOWN;
    }
}
