package io.griddle.examples.tutorial.response_status_code;

import io.griddle.App;

/** Tutorial 002 against FastAPI's specification ({@link CreateItemSpec}). */
class Tutorial002Test extends CreateItemSpec {

    @Override
    App app() {
        return Tutorial002.app();
    }
}
