package io.griddle.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code --workers}: real processes on loopback, each test bounded. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkersTest {

    private static final String APP = "io.griddle.server.supervisor.WorkerTestApp:app";
    private static final Duration START = Duration.ofSeconds(30);

    private ServerProcess server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ServerProcess startWorkers(int count, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(APP, "--workers", Integer.toString(count), "--port", "0",
                "--loops", "1", "--no-access-log", "--timeout-graceful-shutdown", "10"));
        args.addAll(List.of(more));
        server = ServerProcess.start(List.of(), args.toArray(String[]::new));
        server.await(0, "Started parent process \\[" + server.pid() + "\\]", START);
        for (int i = 0; i < count; i++) {
            awaitStarted(i + 1);
        }
        return server;
    }

    private void awaitStarted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (server.count("Started worker process \\[\\d+\\]") < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " workers started:\n" + String.join("\n", server.lines()));
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aKilledWorkerIsReplacedAndRequestsAfterwardsAllSucceed() throws Exception {
        startWorkers(2);
        int port = server.port();
        long victim = server.awaitWorkers(2, START).get(0);
        long replacedAt;
        Load load = Load.start(port, "/pid", 3, Duration.ofSeconds(30));
        try (load) {
            Thread.sleep(300);
            int mark = server.lines().size();
            ServerProcess.signal("KILL", victim);
            server.await(mark, "Child process \\[" + victim + "\\] died \\(killed by signal 9\\)", START);
            awaitStarted(3);
            replacedAt = System.nanoTime();
            Thread.sleep(700);
        }
        assertThat(server.awaitWorkers(2, START)).doesNotContain(victim);
        // Requests in flight on the killed worker may fail; none started after its replacement serves.
        List<Load.Exchange> after = load.exchanges().stream().filter(e -> e.startedAt() > replacedAt).toList();
        assertThat(after).isNotEmpty().allMatch(Load.Exchange::ok);

        server.signal("TERM");
        assertThat(server.awaitExit(Duration.ofSeconds(20))).isZero();
        assertThat(server.lines()).anyMatch(line -> line.contains("Stopping parent process [" + server.pid() + "]"));
    }
}
