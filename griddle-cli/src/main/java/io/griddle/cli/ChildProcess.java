package io.griddle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a command with this process's input and output, and gives it this process's end: a SIGINT or SIGTERM to
 * the CLI stops the child gracefully (SIGTERM) and waits for it.
 *
 * <pre>{@code
 * int exit = ChildProcess.run(List.of("java", "-jar", "app.jar"), Path.of("."));
 * }</pre>
 */
final class ChildProcess {

    private ChildProcess() {}

    /** Starts the command and returns its exit code once it ends. */
    static int run(List<String> command, Path directory) {
        Process child = start(command, directory);
        Thread stopper = new Thread(() -> stop(child), "griddle-cli-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return 130;
        }
    }

    /** Runs the command to its end with its standard output sent to this process's standard error. */
    static int runToStderr(List<String> command, Path directory) {
        try {
            Process child = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            child.getInputStream().transferTo(System.err);
            return child.waitFor();
        } catch (IOException e) {
            throw new CliError("cannot start " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Starts the command, output inherited. */
    static Process start(List<String> command, Path directory) {
        try {
            return new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .inheritIO()
                    .start();
        } catch (IOException e) {
            throw new CliError("cannot start " + command.get(0) + ": " + e.getMessage());
        }
    }

    /** SIGTERM, then waits (the server stops gracefully); SIGKILL if it is still there after 30 s. */
    static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }
}
