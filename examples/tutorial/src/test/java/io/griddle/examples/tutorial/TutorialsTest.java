package io.griddle.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The runner finds tutorials by their FastAPI name and refuses other names. */
class TutorialsTest {

    @Test
    void findsATutorialByItsFastApiName() {
        assertThat(Tutorials.find("first_steps.tutorial001")).isPresent();
    }

    @Test
    void unknownOrMalformedNamesFindNothing() {
        assertThat(Tutorials.find("first_steps.tutorial999")).isEmpty();
        assertThat(Tutorials.find("first_steps")).isEmpty();
        assertThat(Tutorials.find("../x.tutorial001")).isEmpty();
        assertThat(Tutorials.find("first_steps.")).isEmpty();
    }
}
