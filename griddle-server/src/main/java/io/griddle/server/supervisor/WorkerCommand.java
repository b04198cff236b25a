package io.griddle.server.supervisor;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command that starts a worker: the very command line of this JVM (the same {@code java}, JVM options, class
 * path, main class and arguments), so that the worker runs the same {@code main} with the same flags. The worker
 * knows it is one by the environment the supervisor adds ({@link WorkerAgent#SOCKET_ENV}); it then ignores
 * {@code --workers} and {@code --reload} and serves on the socket the supervisor hands it.
 */
final class WorkerCommand {

    private final List<String> command;

    private WorkerCommand(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** This process's command line, as the kernel has it; rebuilt from the JVM's properties where it cannot be read. */
    static WorkerCommand ofCurrentProcess() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isPresent() && info.arguments().isPresent()) {
            List<String> command = new ArrayList<>();
            command.add(info.command().get());
            command.addAll(List.of(info.arguments().get()));
            return new WorkerCommand(command);
        }
        return new WorkerCommand(rebuilt());
    }

    // java + JVM options + class path + main class (or -jar) + arguments, from the properties the JVM keeps.
    // sun.java.command joins the arguments with spaces, so arguments that hold spaces cannot be told apart here.
    private static List<String> rebuilt() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String[] mainAndArgs = System.getProperty("sun.java.command", "").split(" ");
        if (mainAndArgs[0].endsWith(".jar") && new File(mainAndArgs[0]).isFile()) {
            command.add("-jar");
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
        }
        command.addAll(List.of(mainAndArgs));
        return command;
    }

    List<String> command() {
        return command;
    }

    /** A process builder for worker {@code id}: output to this process's, the control socket in its environment. */
    ProcessBuilder builder(int id, Path controlSocket) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put(WorkerAgent.SOCKET_ENV, controlSocket.toString());
        environment.put(WorkerAgent.ID_ENV, Integer.toString(id));
        return builder;
    }
}
