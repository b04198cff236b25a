package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;

/** Tutorial 002 against FastAPI's specification ({@link CommonQueryParamsSpec}). */
class Tutorial002Test extends CommonQueryParamsSpec {

    @Override
    App app() {
        return Tutorial002.app();
    }
}
