package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UsersDemoTest {

    @Test
    void concurrentTasksTakeAsLongAsTheLongestGroupNotTheSum() {
        UsersDemo.Timings timings = UsersDemo.run(Duration.ofMillis(200));
        assertThat(timings.sequential()).isGreaterThanOrEqualTo(Duration.ofMillis(1200)); // 6 lookups
        assertThat(timings.concurrent())
                .isGreaterThanOrEqualTo(Duration.ofMillis(600)) // 3 lookups
                .isLessThan(timings.sequential().multipliedBy(3).dividedBy(4));
    }
}
