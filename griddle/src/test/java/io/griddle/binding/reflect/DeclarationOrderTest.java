package io.griddle.binding.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routes keep the order the source declares them in, whatever order reflection returns. */
class DeclarationOrderTest {

    @SuppressWarnings("unused")
    static class Declared {
        static final long BIG = 1L << 40; // a long constant: two constant-pool slots
        static final double RATIO = 0.5; // a double: two slots too

        String zebra() {
            return "z";
        }

        String apple(int id) {
            return "a" + id;
        }

        String mango(String[] names) {
            return "m";
        }

        String apple() {
            return "a";
        }

        long banana(long value) {
            return value + BIG;
        }
    }

    @Test
    void methodsComeInSourceOrder() {
        List<String> order = Arrays.stream(DeclarationOrder.methods(Declared.class))
                .filter(m -> !m.isSynthetic())
                .map(m -> m.getName() + m.getParameterCount())
                .toList();

        assertThat(order).containsExactly("zebra0", "apple1", "mango1", "apple0", "banana1");
    }

    @Test
    void everyDeclaredMethodIsKept() {
        Method[] methods = DeclarationOrder.methods(Declared.class);
        assertThat(methods).containsExactlyInAnyOrder(Declared.class.getDeclaredMethods());
    }
}
