package io.griddle.examples.tutorial.response_model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.examples.tutorial.Tutorials;
import org.junit.jupiter.api.Test;

/**
 * FastAPI's tests/test_tutorial/test_response_model/test_tutorial003_04: the app cannot be built (FastAPI fails at
 * import), and the runner says so instead of serving it.
 */
class Tutorial003_04Test {

    @Test
    void aResponseAsTheModelIsRefusedWhenTheAppIsBuilt() {
        assertThatThrownBy(Tutorial003_04::app)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("getPortal")
                .hasMessageContaining("io.griddle.http.Response cannot be a response model");
    }

    @Test
    void theRunnerReportsTheFailure() {
        assertThatThrownBy(() -> Tutorials.find("response_model.tutorial003_04"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed to build its app")
                .cause()
                .isInstanceOf(IllegalArgumentException.class);
    }
}
