package io.griddle.server.supervisor;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code griddle} launcher process for tests ({@code java -cp <test class path> io.griddle.server.Main ...}) with
 * its output (and its workers', which share it) kept line by line. Closing it kills it and every descendant.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<ProcessHandle> seen = new CopyOnWriteArrayList<>();

    private ServerProcess(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("server-output").start(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the process ended
            }
        });
    }

    /** Starts the launcher with these arguments, the given extra class path entries first. */
    static ServerProcess start(List<String> extraClassPath, String... args) throws Exception {
        return startMain("io.griddle.server.Main", extraClassPath, args);
    }

    /** Starts this main class with these arguments, the given extra class path entries first. */
    static ServerProcess startMain(String mainClass, List<String> extraClassPath, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        // Small, quick-starting JVMs: the supervisor and each worker are one.
        command.addAll(List.of(
                "-Xmx96m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED",
                "-Dio.netty.leakDetection.level=PARANOID"));
        command.add("-cp");
        List<String> classPath = new ArrayList<>(extraClassPath);
        classPath.add(System.getProperty("java.class.path"));
        command.add(String.join(File.pathSeparator, classPath));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(WorkerAgent.SOCKET_ENV);
        builder.environment().remove("WEB_CONCURRENCY");
        builder.environment().put("NO_COLOR", "1");
        return new ServerProcess(builder.start());
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The first line at or after {@code from} that matches, waiting up to the limit; fails with the output. */
    Matcher await(int from, String regex, Duration limit) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<String> now = lines;
            for (int i = from; i < now.size(); i++) {
                Matcher matcher = pattern.matcher(now.get(i));
                if (matcher.find()) {
                    return matcher;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no line matching /" + regex + "/ within " + limit.toSeconds()
                        + " s; output:\n" + String.join("\n", lines));
            }
            Thread.sleep(20);
        }
    }

    /** How many lines so far match. */
    long count(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return lines.stream().filter(line -> pattern.matcher(line).find()).count();
    }

    /** The port the workers serve, from their start-up line. */
    int port() throws InterruptedException {
        return Integer.parseInt(await(0, "running on http://127\\.0\\.0\\.1:(\\d+)", Duration.ofSeconds(20))
                .group(1));
    }

    /** The live worker processes. */
    List<Long> workers() {
        List<Long> pids = new ArrayList<>();
        process.toHandle().children().filter(ProcessHandle::isAlive).forEach(child -> {
            seen.add(child);
            pids.add(child.pid());
        });
        return pids;
    }

    /** Waits until exactly this many workers are alive. */
    List<Long> awaitWorkers(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<Long> pids;
        while ((pids = workers()).size() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "expected " + count + " workers, have " + pids + "; output:\n" + String.join("\n", lines));
            }
            Thread.sleep(20);
        }
        return pids;
    }

    void signal(String name) throws Exception {
        signal(name, process.pid());
    }

    static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid))
                .inheritIO()
                .start();
        if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -" + name + " " + pid + " failed");
        }
    }

    /** Waits for the launcher to exit; its exit code. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(
                    "still running after " + limit.toSeconds() + " s; output:\n" + String.join("\n", lines));
        }
        return process.exitValue();
    }

    /** Fails if Netty's leak detector reported a buffer leak in the supervisor or a worker. */
    void assertNoLeak() {
        List<String> leaks =
                lines.stream().filter(line -> line.contains("LEAK:")).toList();
        if (!leaks.isEmpty()) {
            throw new AssertionError("buffer leak reported:\n" + String.join("\n", lines));
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(seen);
        process.toHandle().descendants().forEach(all::add);
        process.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
