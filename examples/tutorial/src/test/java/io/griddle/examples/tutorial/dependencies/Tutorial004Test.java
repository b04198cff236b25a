package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;

/** Tutorial 004 against FastAPI's specification ({@link CommonQueryParamsSpec}). */
class Tutorial004Test extends CommonQueryParamsSpec {

    @Override
    App app() {
        return Tutorial004.app();
    }
}
