package io.griddle.examples.tutorial.response_status_code;

import io.griddle.App;

/** Tutorial 001 against FastAPI's specification ({@link CreateItemSpec}). */
class Tutorial001Test extends CreateItemSpec {

    @Override
    App app() {
        return Tutorial001.app();
    }
}
