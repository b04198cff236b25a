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
            server.assertNoLeak();
        }
    }

    private ServerProcess startWorkers(int count, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(
                APP,
                "--workers",
                Integer.toString(count),
                "--port",
                "0",
                "--loops",
                "1",
                "--no-access-log",
                "--timeout-graceful-shutdown",
                "10"));
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
                throw new AssertionError(
                        "fewer than " + count + " workers started:\n" + String.join("\n", server.lines()));
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
        List<Load.Exchange> after = load.exchanges().stream()
                .filter(e -> e.startedAt() > replacedAt)
                .toList();
        assertThat(after).isNotEmpty().allMatch(Load.Exchange::ok);

        server.signal("TERM");
        assertThat(server.awaitExit(Duration.ofSeconds(20))).isZero();
        assertThat(server.lines()).anyMatch(line -> line.contains("Stopping parent process [" + server.pid() + "]"));
    }

    @Test
    void sighupRestartsEveryWorkerWithoutFailingARequest() throws Exception {
        startWorkers(2);
        int port = server.port();
        List<Long> before = server.awaitWorkers(2, START);
        Load load = Load.start(port, "/pid", 3, Duration.ofSeconds(40));
        try (load) {
            Thread.sleep(300);
            server.signal("HUP");
            server.await(0, "Received SIGHUP, restarting processes", START);
            awaitStarted(4);
            for (long old : before) {
                awaitGone(old);
            }
            Thread.sleep(300);
        }
        assertThat(load.failures()).isEmpty();
        assertThat(load.exchanges()).hasSizeGreaterThan(20);
        List<Long> after = server.awaitWorkers(2, START);
        assertThat(after).doesNotContainAnyElementsOf(before);
        assertThat(Load.exchange(port, "/pid"))
                .containsAnyOf(after.stream().map(pid -> "\"pid\":" + pid).toArray(String[]::new));
    }

    @Test
    void ttinAddsAWorkerTtouRemovesOneAndSigtermLetsEveryAcceptedRequestFinish() throws Exception {
        startWorkers(2);
        int port = server.port();
        List<Long> first = server.awaitWorkers(2, START);
        server.signal("TTIN");
        awaitStarted(3);
        assertThat(server.awaitWorkers(3, START)).containsAll(first);
        server.signal("TTOU");
        assertThat(server.awaitWorkers(2, START)).containsExactlyInAnyOrderElementsOf(first);
        server.await(0, "Received SIGTTOU, decreasing number of processes", START);

        List<java.util.concurrent.Future<String>> slow = new java.util.ArrayList<>();
        try (var clients = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 6; i++) {
                slow.add(clients.submit(() -> Load.exchange(port, "/slow?ms=1500")));
            }
            Thread.sleep(600); // sent and accepted; each is now running in a worker
            server.signal("TERM");
            for (var answer : slow) {
                assertThat(answer.get(20, TimeUnit.SECONDS))
                        .startsWith("HTTP/1.1 200 ")
                        .contains("connection: close");
            }
        }
        assertThat(server.awaitExit(Duration.ofSeconds(20))).isZero();
        assertThat(server.lines()).anyMatch(line -> line.contains("Received SIGTERM, exiting."));
    }

    @Test
    void aWorkerThatCannotLoadTheAppStopsTheSupervisor() throws Exception {
        server = ServerProcess.start(
                List.of(),
                "io.griddle.server.supervisor.WorkerTestApp:broken",
                "--workers",
                "2",
                "--port",
                "0",
                "--loops",
                "1");
        assertThat(server.awaitExit(Duration.ofSeconds(30))).isEqualTo(3);
        assertThat(server.lines())
                .anyMatch(line -> line.matches(
                        ".*Child process \\[\\d+\\] failed to start, stopping the parent process: Error loading app"
                                + " \"io.griddle.server.supervisor.WorkerTestApp:broken\": broken\\(\\) failed:"
                                + " java.lang.IllegalStateException: the database is down"));
        assertThat(ProcessHandle.allProcesses()
                        .filter(p ->
                                p.parent().map(q -> q.pid() == server.pid()).orElse(false)))
                .isEmpty();
    }

    @Test
    void aPortTakenByAnotherProgramStopsTheSupervisorWithOneLine() throws Exception {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            server = ServerProcess.start(
                    List.of(), APP, "--workers", "2", "--port", Integer.toString(taken.getLocalPort()), "--loops", "1");
            assertThat(server.awaitExit(Duration.ofSeconds(30))).isEqualTo(3);
            assertThat(server.lines())
                    .anyMatch(line -> line.contains("Could not bind 127.0.0.1:" + taken.getLocalPort() + ": ")
                            && line.contains("Address already in use"));
            assertThat(server.lines()).noneMatch(line -> line.contains("Started worker process"));
        }
    }

    @Test
    void aHungWorkerIsKilledAfterTheHealthCheckTimeout() throws Exception {
        startWorkers(1, "--timeout-worker-healthcheck", "1");
        long hung = server.awaitWorkers(1, START).get(0);
        int mark = server.lines().size();
        ServerProcess.signal("STOP", hung); // frozen: alive, but its loops answer nothing
        server.await(mark, "Child process \\[" + hung + "\\] did not answer its health check within 1000 ms", START);
        server.await(mark, "Child process \\[" + hung + "\\] died \\(killed by signal 9\\)", START);
        awaitStarted(2);
        assertThat(Load.exchange(server.port(), "/pid")).startsWith("HTTP/1.1 200 ");
        server.signal("TTOU");
        server.await(mark, "Already reached one process, cannot decrease", START);
        assertThat(server.workers()).hasSize(1);
    }

    @Test
    void anAppsOwnMainRunsWorkersTooAndAWorkerAtItsRequestLimitIsReplaced() throws Exception {
        server = ServerProcess.startMain(
                WorkerTestApp.class.getName(),
                List.of(),
                "--workers",
                "1",
                "--port",
                "0",
                "--loops",
                "1",
                "--limit-max-requests",
                "3");
        server.await(0, "Started parent process \\[" + server.pid() + "\\]", START);
        awaitStarted(1);
        int port = server.port();
        long first = server.awaitWorkers(1, START).get(0);
        for (int i = 0; i < 3; i++) {
            assertThat(Load.exchange(port, "/pid")).startsWith("HTTP/1.1 200 ").contains("\"pid\":" + first);
        }
        server.await(0, "Child process \\[" + first + "\\] died \\(exit code 0\\)", START);
        awaitStarted(2);
        long second = server.awaitWorkers(1, START).get(0);
        assertThat(second).isNotEqualTo(first);
        assertThat(Load.exchange(port, "/pid")).startsWith("HTTP/1.1 200 ").contains("\"pid\":" + second);
        server.signal("TERM");
        assertThat(server.awaitExit(Duration.ofSeconds(20))).isZero();
    }

    private void awaitGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("worker " + pid + " still running:\n" + String.join("\n", server.lines()));
            }
            Thread.sleep(20);
        }
    }
}
