package io.griddle.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code griddle dev} or {@code griddle run} serves a target: the {@code java} command of the application
 * process, and for {@code dev} in a Maven project the sources to watch and compile.
 *
 * <pre>{@code
 * ServePlan plan = ServePlan.of(Target.parse("Shop.java"), flags, Mode.DEV, null, runtime, cwd, env);
 * plan.command();   // [java, ..., io.griddle.cli.SingleFileMain, Shop.java, --host, 127.0.0.1, --reload, ...]
 * }</pre>
 *
 * @param command  the application's command line
 * @param what     what is served, for the banner
 * @param project  the Maven project whose sources {@code dev} compiles on change, if any
 * @param classPath the class path the project's sources compile against (with {@code project})
 */
record ServePlan(List<String> command, String what, Optional<MavenProject> project, String classPath) {

    /**
     * Makes the plan; in a Maven project this compiles it (and asks Maven for its class path the first time).
     *
     * @param classPath the user's {@code --class-path}, or null
     */
    static ServePlan of(
            Target target,
            ServerFlags flags,
            ServerFlags.Mode mode,
            String classPath,
            JavaRuntime runtime,
            Path cwd,
            Map<String, String> environment) {
        List<String> serverArgs = new ArrayList<>(flags.withDefaults(mode));
        boolean dev = mode == ServerFlags.Mode.DEV;
        if (dev) {
            runtime = runtime.forDevelopment();
        }
        if (target instanceof Target.SourceFile source) {
            Optional<MavenProject> owner = MavenProject.containing(source.file());
            if (owner.isPresent()) {
                String main = MavenProject.className(source.file(), MavenProject.read(source.file()));
                return inProject(owner.get(), main, serverArgs, dev, runtime, environment);
            }
            if (dev && !flags.given("--reload-dir")) {
                serverArgs.add("--reload-dir");
                serverArgs.add(source.file().toAbsolutePath().getParent().toString());
            }
            List<String> command = runtime.java(
                    "-cp",
                    runtime.griddleClassPath(),
                    SingleFileMain.class.getName(),
                    source.file().toString());
            command.addAll(serverArgs);
            return new ServePlan(command, source.file().toString(), Optional.empty(), "");
        }
        if (target instanceof Target.Jar jar) {
            if (dev && !flags.given("--reload-dir")) {
                serverArgs.add("--reload-dir");
                serverArgs.add(jar.file().toAbsolutePath().getParent().toString());
            }
            List<String> command = runtime.java("-jar", jar.file().toString());
            command.addAll(serverArgs);
            return new ServePlan(command, jar.file().toString(), Optional.empty(), "");
        }
        Optional<MavenProject> project = classPath == null ? MavenProject.in(cwd) : Optional.empty();
        if (target instanceof Target.Project) {
            MavenProject here = project.orElseThrow(() -> new CliError(
                    "no Maven project here (no pom.xml in "
                            + cwd.toAbsolutePath().normalize() + "): name what to" + " serve, e.g. griddle "
                            + (dev ? "dev" : "run") + " Main.java",
                    2));
            return inProject(here, null, serverArgs, dev, runtime, environment);
        }
        String main = target instanceof Target.AppReference app ? app.text() : ((Target.MainClass) target).className();
        if (project.isPresent()) {
            return inProject(project.get(), main, serverArgs, dev, runtime, environment);
        }
        String path = runtime.withGriddle(classPath == null ? "." : classPath);
        return new ServePlan(command(runtime, path, main, serverArgs), main, Optional.empty(), "");
    }

    private static ServePlan inProject(
            MavenProject project,
            String main,
            List<String> serverArgs,
            boolean dev,
            JavaRuntime runtime,
            Map<String, String> environment) {
        String classPath = project.prepare(environment);
        String served = main != null ? main : project.mainClass();
        if (dev && serverArgs.stream().noneMatch(a -> a.equals("--reload-dir") || a.startsWith("--reload-dir="))) {
            serverArgs.add("--reload-dir");
            serverArgs.add(project.classes().toString());
        }
        return new ServePlan(
                command(runtime, classPath, served, serverArgs),
                served,
                dev ? Optional.of(project) : Optional.empty(),
                classPath);
    }

    // An application reference goes through the server's launcher; a main class runs itself.
    private static List<String> command(JavaRuntime runtime, String classPath, String main, List<String> serverArgs) {
        List<String> command = main.contains(":")
                ? runtime.java("-cp", classPath, "io.griddle.server.Main", main)
                : runtime.java("-cp", classPath, main);
        command.addAll(serverArgs);
        return command;
    }
}
