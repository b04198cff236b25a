package io.griddle.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Maven project in a directory, as {@code griddle dev} and {@code griddle run} use it: its sources, its compiled
 * classes, its run-time class path (asked of Maven once, then kept in {@code target/griddle/classpath.txt} until the
 * POM changes) and the class whose {@code main} calls {@code Griddle.run}.
 *
 * <pre>{@code
 * MavenProject project = MavenProject.in(Path.of("")).orElseThrow();
 * String classPath = project.prepare(System.getenv());     // compiles; target/classes + the dependencies
 * String main = project.mainClass();                       // com.example.shop.Main
 * }</pre>
 */
final class MavenProject {

    /** Pinned to a version whose own dependencies the offline repository has (3.8+ need more); online any works. */
    static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.7.0";

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private static final Pattern RELEASE = Pattern.compile("<(?:maven\\.compiler\\.release|release)>\\s*(\\d+)\\s*</");

    private final Path root;

    private MavenProject(Path root) {
        this.root = root;
    }

    /** The project whose {@code pom.xml} is in this directory, if there is one. */
    static Optional<MavenProject> in(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        return Files.isRegularFile(absolute.resolve("pom.xml"))
                ? Optional.of(new MavenProject(absolute))
                : Optional.empty();
    }

    /** The project a source file belongs to: the nearest directory above it with a {@code pom.xml} and src/main/java. */
    static Optional<MavenProject> containing(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && absolute.startsWith(dir.resolve("src/main/java"))) {
                return Optional.of(new MavenProject(dir));
            }
        }
        return Optional.empty();
    }

    Path root() {
        return root;
    }

    Path sources() {
        return root.resolve("src/main/java");
    }

    Path resources() {
        return root.resolve("src/main/resources");
    }

    Path classes() {
        return root.resolve("target/classes");
    }

    private Path classPathFile() {
        return root.resolve("target/griddle/classpath.txt");
    }

    /**
     * Compiles the project and gives its run-time class path. Maven runs when the kept class path is missing or older
     * than the POM (its output only on failure); otherwise the sources are compiled in this process, which takes a
     * fraction of Maven's start.
     */
    String prepare(Map<String, String> environment) {
        Path kept = classPathFile();
        if (isFresh(kept) && ProjectCompiler.available()) {
            String dependencies = read(kept);
            if (ProjectCompiler.compileProject(this, dependencies)) {
                return classPath(dependencies);
            }
            throw new CliError("the project does not compile (see the errors above)");
        }
        List<String> command = maven(
                environment,
                "-q",
                "compile",
                DEPENDENCY_PLUGIN + ":build-classpath",
                "-Dmdep.outputFile=" + kept,
                "-Dmdep.includeScope=runtime");
        System.err.println("Griddle: compiling and resolving the class path with " + command.get(0)
                + " (again only when pom.xml changes)");
        int exit = ChildProcess.runToStderr(command, root);
        if (exit != 0 || !Files.isRegularFile(kept)) {
            throw new CliError("Maven could not compile the project (exit code " + exit + ", see above)");
        }
        return classPath(read(kept));
    }

    private boolean isFresh(Path kept) {
        try {
            return Files.isRegularFile(kept)
                    && Files.isDirectory(classes())
                    && Files.getLastModifiedTime(kept).compareTo(Files.getLastModifiedTime(root.resolve("pom.xml")))
                            >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private String classPath(String dependencies) {
        String classes = classes().toString();
        return dependencies.isBlank() ? classes : classes + File.pathSeparator + dependencies.strip();
    }

    /** The command that runs Maven here: the project's {@code ./mvnw}, else {@code mvn}; GRIDDLE_MAVEN_ARGS first. */
    List<String> maven(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>();
        Path wrapper = root.resolve("mvnw");
        command.add(Files.isExecutable(wrapper) ? wrapper.toString() : "mvn");
        String extra = environment.getOrDefault("GRIDDLE_MAVEN_ARGS", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * The {@code --release} the POM compiles for ({@code maven.compiler.release} or the compiler's {@code release}),
     * so that classes compiled here are the ones Maven would make and a later {@code ./mvnw package} does not ship
     * classes for a newer Java than the project's; empty when the POM names none.
     */
    Optional<String> release() {
        Matcher matcher = RELEASE.matcher(read(root.resolve("pom.xml")));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The project's Java sources. */
    List<Path> javaSources() {
        if (!Files.isDirectory(sources())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one class whose {@code main} calls {@code Griddle.run}; none or several is a {@link CliError}. */
    String mainClass() {
        List<String> found = new ArrayList<>();
        for (Path source : javaSources()) {
            String text = read(source);
            if (text.contains("Griddle.run(") && text.contains("void main(")) {
                found.add(className(source, text));
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new CliError(
                found.isEmpty()
                        ? "no class in " + root.relativize(sources())
                                + " has a main that calls Griddle.run: name the app,"
                                + " e.g. griddle dev com.example.Main:app"
                        : "several classes have a main that calls Griddle.run (" + String.join(", ", found)
                                + "): name one, e.g. griddle dev " + found.get(0),
                2);
    }

    /** A source file's class name: its package and file name. */
    static String className(Path source, String text) {
        String simple = source.getFileName().toString().replaceFirst("\\.java$", "");
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1) + "." + simple : simple;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliError("cannot read " + file + ": " + e.getMessage());
        }
    }
}
