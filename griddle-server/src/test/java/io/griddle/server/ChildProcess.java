package io.griddle.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A process started by a test (a Griddle launcher, say), its output collected line by line, killed at close. */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.reader = Thread.ofVirtual().start(() -> lines.lines().forEach(output::add));
    }

    static ChildProcess start(List<String> command) throws Exception {
        return new ChildProcess(
                new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** The command that runs the Griddle launcher on this test JVM's Java and classpath. */
    static List<String> griddle(String app, String... flags) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.griddle.server.Main",
                app));
        command.addAll(List.of(flags));
        return command;
    }

    /** The first output line containing the text, waiting for it up to the timeout; fails with the output so far. */
    String awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!process.isAlive() && !reader.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line with \"" + text + "\" in the child's output:\n" + String.join("\n", output));
    }

    /** How many output lines contain the text. */
    long count(String text) {
        return output.stream().filter(line -> line.contains(text)).count();
    }

    /** SIGTERM. ({@link Process#destroy()} would also close this end of the child's output.) */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the child to exit and its output to be read; false when it is still running at the timeout. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (exited) {
            reader.join(Duration.ofSeconds(5));
        }
        return exited;
    }

    String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
