package io.griddle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a project's sources with the JDK's compiler in this process (no Maven start, so a change is compiled in
 * a few hundred milliseconds), with {@code -parameters} as Griddle needs, and copies its resources: what
 * {@code griddle dev} does on every change.
 *
 * <pre>{@code
 * boolean ok = ProjectCompiler.compileProject(project, dependencyClassPath);   // errors printed as javac prints them
 * }</pre>
 */
final class ProjectCompiler {

    private ProjectCompiler() {}

    /** Whether this JVM has a compiler (a JDK, not a JRE). */
    static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    /** Compiles every source of the project into target/classes and copies its resources; false on errors. */
    static boolean compileProject(MavenProject project, String dependencies) {
        copyResources(project.resources(), project.classes());
        List<Path> sources = project.javaSources();
        if (sources.isEmpty()) {
            return true;
        }
        return compile(sources, dependencies, project.classes(), release(project));
    }

    /** Compiles the project's sources into another directory, printing nothing: a warm-up of the compiler. */
    static void compileQuietly(MavenProject project, String dependencies, Path output) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<Path> sources = project.javaSources();
        if (compiler == null || sources.isEmpty()) {
            return;
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(
                    "-d", output.toString(), "-cp", dependencies, "-parameters", "-proc:none", "-encoding", "UTF-8"));
            options.addAll(release(project));
            compiler.getTask(
                            Writer.nullWriter(),
                            files,
                            diagnostic -> {},
                            options,
                            null,
                            files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
    }

    /** Removes a directory tree; null or missing is fine. */
    static void delete(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it eventually
        }
    }

    // --release as the POM says, when this JDK can compile for it
    private static List<String> release(MavenProject project) {
        return project.release()
                .filter(version ->
                        Integer.parseInt(version) <= Runtime.version().feature())
                .map(version -> List.of("--release", version))
                .orElse(List.of());
    }

    /** Compiles the files into {@code output}; diagnostics go to standard error. */
    static boolean compile(List<Path> sources, String classPath, Path output, List<String> extraOptions) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new CliError("this Java (" + System.getProperty("java.home") + ") has no compiler: install a JDK"
                    + " 21+ (not a JRE) or set JAVA_HOME to one");
        }
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(output);
            List<String> options = new ArrayList<>(List.of(
                    "-d", output.toString(), "-cp", classPath, "-parameters", "-proc:none", "-encoding", "UTF-8"));
            options.addAll(extraOptions);
            PrintWriter errors = new PrintWriter(System.err, true);
            return compiler.getTask(errors, files, null, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the resource tree over the classes (no filtering), as Maven's resources plugin does by default. */
    static void copyResources(Path resources, Path classes) {
        if (!Files.isDirectory(resources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(resources.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
