package io.griddle.examples.tutorial.path_operation_configuration;

import io.griddle.App;

/** FastAPI's test_tutorial003_tutorial004 for tutorial003: a one-line description. */
class Tutorial003Test extends DescriptionSpec {

    @Override
    App app() {
        return Tutorial003.app();
    }

    @Override
    String description() {
        return "Create an item with all the information, name, description, price, tax and a set of unique tags";
    }
}
