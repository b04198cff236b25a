package io.griddle.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --reload}: an app class compiled by the test into a temporary directory, changed while it is served. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReloadTest {

    private static final Duration START = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private ServerProcess server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            server.assertNoLeak();
        }
    }

    @Test
    void aChangedClassIsServedAfterARestartAndABrokenOneLeavesTheOldServing() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(classes, "return ok(\"v1\");");
        server = ServerProcess.start(
                List.of(classes.toString()),
                "reloadtest.Hello:app",
                "--reload",
                "--reload-dir",
                classes.toString(),
                "--reload-delay",
                "0.1",
                "--port",
                "0",
                "--loops",
                "1",
                "--no-access-log");
        server.await(0, "Started reloader process \\[" + server.pid() + "\\] using WatchService", START);
        server.await(0, "Started worker process \\[\\d+\\]", START);
        int port = server.port();
        assertThat(Load.exchange(port, "/")).startsWith("HTTP/1.1 200 ").contains("\"version\":\"v1\"");
        long first = server.awaitWorkers(1, START).get(0);

        int mark = server.lines().size();
        compile(classes, "return ok(\"v2\");");
        server.await(mark, "WatchService detected changes in '.*Hello\\.class'.*\\. Reloading\\.\\.\\.", START);
        awaitBody(port, "\"version\":\"v2\"");
        assertThat(server.awaitWorkers(1, START)).doesNotContain(first);

        mark = server.lines().size();
        compile(classes, "if (true) throw new IllegalStateException(\"half-written\"); return ok(\"v3\");");
        server.await(
                mark,
                "New child process \\[\\d+\\] failed to start \\(Error loading app .*half-written\\);"
                        + " keeping worker \\[\\d+\\] and aborting the restart",
                START);
        assertThat(Load.exchange(port, "/")).startsWith("HTTP/1.1 200 ").contains("\"version\":\"v2\"");
    }

    private void awaitBody(int port, String expected) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        String response = "";
        while (System.nanoTime() < deadline) {
            try {
                response = Load.exchange(port, "/");
                if (response.contains(expected)) {
                    return;
                }
            } catch (java.io.IOException betweenWorkers) {
                response = betweenWorkers.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "never answered " + expected + "; last: " + response + "\n" + String.join("\n", server.lines()));
    }

    // Writes reloadtest/Hello.java with this body for app() and compiles it into the class directory.
    private void compile(Path classes, String body) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/reloadtest")).resolve("Hello.java");
        Files.writeString(source, """
                package reloadtest;

                import io.griddle.routing.Endpoint;
                import io.griddle.web.WebApp;
                import java.util.Map;
                import java.util.concurrent.CompletableFuture;

                public final class Hello {
                    public static WebApp app() {
                        BODY
                    }

                    private static WebApp ok(String version) {
                        return new WebApp().get("/", Endpoint.async(request ->
                                CompletableFuture.completedFuture(Map.of("version", version))));
                    }
                }
                """.replace("BODY", body));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-proc:none",
                source.toString());
        assertThat(status).as("javac").isZero();
    }
}
