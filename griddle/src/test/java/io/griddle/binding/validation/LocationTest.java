package io.griddle.binding.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.RequestValidationError.Issue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void aLocationIsItsParentsStepsThenItsOwn() {
        List<Object> items = Location.of(List.of("body"), "items");
        List<Object> third = Location.of(Location.of(items, 3), "name");

        assertThat(third).containsExactly("body", "items", 3, "name");
        assertThat(third).hasSize(4);
        assertThat(third.get(2)).isEqualTo(3);
        assertThat(third).isEqualTo(List.of("body", "items", 3, "name"));
        assertThat(List.of("body", "items", 3, "name")).isEqualTo(third);
        assertThat(third.hashCode())
                .isEqualTo(List.of("body", "items", 3, "name").hashCode());
        assertThat(List.copyOf(third)).containsExactly("body", "items", 3, "name");
        assertThatThrownBy(() -> third.add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anIssueKeepsAFlatCopyOfItsLocation() {
        List<Object> parent = new ArrayList<>(List.of("query", "tag"));
        Issue issue = new Issue("int_parsing", Location.of(parent, 1), "msg", "x");
        parent.set(0, "changed");

        assertThat(issue.loc()).containsExactly("query", "tag", 1).isNotInstanceOf(Location.class);
        assertThatThrownBy(() -> issue.loc().add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDeepLocationIsWalkedOncePerTraversal() {
        List<Object> deep = List.of("body");
        for (int i = 0; i < 5_000; i++) {
            deep = Location.of(deep, i);
        }
        List<Object> copy = new ArrayList<>(deep);

        assertThat(copy).hasSize(5_001);
        assertThat(copy.get(5_000)).isEqualTo(4_999);
        assertThat(deep).isEqualTo(copy);
    }
}
