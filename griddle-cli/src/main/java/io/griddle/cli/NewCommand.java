package io.griddle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code griddle new NAME}: a new Maven project in {@code ./NAME}. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Create a Maven project in ./NAME: the app, a TestClient test, the runnable jar, the JDK 21+ toolchain.",
            "It needs Griddle's artifacts in your Maven repository (./mvnw install in Griddle's checkout)."
        })
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The project's folder and artifactId, e.g. shop.")
    String name;

    @Option(
            names = "--package",
            paramLabel = "PACKAGE",
            description = "The Java package of the app (default: com.example.NAME without hyphens).")
    String javaPackage;

    Path cwd = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String pkg = javaPackage != null ? javaPackage : Starter.defaultPackage(name);
        Path directory = cwd.resolve(name);
        Starter.write(directory, name, pkg);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + name + "/ (package " + pkg + "). Next:");
        out.println();
        out.println("  cd " + name);
        out.println("  griddle dev            # http://127.0.0.1:8000/docs, restarts on every saved change");
        out.println("  ./mvnw verify          # tests, then target/" + name + ".jar");
        return 0;
    }
}
