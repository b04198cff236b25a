package io.griddle.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * What {@code griddle dev} and {@code griddle run} share: the target, the class path, the server flags passed on,
 * the banner, and the application process. Server flags come after the target; the server checks them.
 */
abstract class ServeCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TARGET",
            description = "Main.java (a single-file app), app.jar, com.example.Main (a main class) or"
                    + " com.example.Main:app (a static field or method giving the App); default: the Maven project"
                    + " in this directory and its class whose main calls Griddle.run.")
    String target;

    @Option(
            names = {"--cp", "--class-path"},
            paramLabel = "PATH",
            description = "Where a main class or an app reference is, outside a Maven project (default: .);"
                    + " Griddle's own jars are added.")
    String classPath;

    @Unmatched
    List<String> serverArgs = new ArrayList<>();

    Map<String, String> environment = System.getenv();
    Path cwd = Path.of("");
    JavaRuntime runtime = JavaRuntime.current();

    abstract ServerFlags.Mode mode();

    @Override
    public Integer call() {
        ServerFlags flags = new ServerFlags(serverArgs, environment);
        ServePlan plan = plan(flags);
        banner(plan, flags);
        Optional<SourceWatcher> watcher = plan.project().map(p -> SourceWatcher.start(p, plan.classPath()));
        try {
            return ChildProcess.run(plan.command(), cwd.toAbsolutePath());
        } finally {
            watcher.ifPresent(SourceWatcher::close);
        }
    }

    ServePlan plan(ServerFlags flags) {
        return ServePlan.of(Target.parse(target), flags, mode(), classPath, runtime, cwd, environment);
    }

    private void banner(ServePlan plan, ServerFlags flags) {
        boolean dev = mode() == ServerFlags.Mode.DEV;
        String url = flags.appUrl(dev ? "127.0.0.1" : "0.0.0.0");
        PrintStream out = System.out;
        out.println();
        out.println(" Griddle  " + (dev ? "development" : "production") + " server: " + plan.what());
        out.println();
        out.println("   Serving at: " + url);
        out.println("   API docs:   " + url + "/docs");
        out.println();
        out.println(
                dev
                        ? "   Running in development mode (restarts on changes); for production use: griddle run"
                        : "   Running in production mode; for development use: griddle dev");
        out.println();
    }

    /** The server's own flag list (from its launcher's --help), for the usage of dev and run. */
    static String serverFlagsHelp() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            io.griddle.server.Main.main(new String[] {"--help"});
        } finally {
            System.setOut(out);
        }
        String help = captured.toString(StandardCharsets.UTF_8);
        int firstGroup = help.indexOf("\nSocket");
        return firstGroup < 0 ? help : help.substring(firstGroup + 1);
    }
}
