package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the application does to a request (routing it, running its after-response tasks) is not a handler's API. */
class RequestApiTest {

    @Test
    void routingAndAfterResponsePlumbingIsNotPublic() {
        assertThat(Arrays.stream(Request.class.getMethods()).map(Method::getName))
                .doesNotContain("matched", "runAfterResponse")
                .contains("afterResponse", "route", "pathParams");
        assertThat(Arrays.stream(Request.class.getDeclaredMethods())
                        .filter(method -> method.getName().equals("matched")
                                || method.getName().equals("runAfterResponse"))
                        .allMatch(method -> !Modifier.isPublic(method.getModifiers())))
                .isTrue();
    }
}
