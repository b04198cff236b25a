package io.griddle.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.routing.Endpoint;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A web application's warm-up: each part once, in the order added, and never a request to the application. */
class WarmUpTest {

    private final List<String> trace = new CopyOnWriteArrayList<>();

    @Test
    void eachPartRunsOnceInTheOrderAdded() {
        WebApp app = new WebApp().onWarmUp(() -> trace.add("first")).onWarmUp(() -> trace.add("second"));

        app.warmUp();
        app.warmUp();

        assertThat(trace).containsExactly("first", "second");
    }

    @Test
    void aFailingPartLetsTheNextOneRun() {
        WebApp app = new WebApp()
                .onWarmUp(() -> {
                    throw new IllegalStateException("not today");
                })
                .onWarmUp(() -> trace.add("after the failure"));

        app.warmUp();

        assertThat(trace).containsExactly("after the failure");
    }

    @Test
    void theWarmUpSendsNoRequestToTheApplication() {
        WebApp app = new WebApp()
                .get("/", Endpoint.blocking(request -> trace.add("request")))
                .use((request, next) -> {
                    trace.add("middleware");
                    return next.handle(request);
                })
                .onWarmUp(() -> trace.add("part"));

        app.warmUp();

        assertThat(trace).containsExactly("part");
    }
}
