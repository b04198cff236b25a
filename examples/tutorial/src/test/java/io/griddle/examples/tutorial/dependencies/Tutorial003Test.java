package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;

/** Tutorial 003 against FastAPI's specification ({@link CommonQueryParamsSpec}). */
class Tutorial003Test extends CommonQueryParamsSpec {

    @Override
    App app() {
        return Tutorial003.app();
    }
}
