package io.griddle.cli;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs a single-file application as the JDK's source launcher does ({@code java Shop.java}: compile the file, run
 * the first class it declares), with the one difference Griddle needs: it compiles with {@code -parameters}, which
 * the JDK's launcher does not pass, so that {@code @Path int id} is bound by its name. Files of the same directory
 * that the file uses are compiled with it (as Java 22's multi-file launcher does), when the file has no package.
 *
 * <pre>
 * java -cp griddle-cli.jar io.griddle.cli.SingleFileMain Shop.java --port 8000
 * </pre>
 *
 * The classes go to a temporary directory removed when the process ends. A worker started by {@code --reload}
 * runs this same command, so each restart compiles the file again.
 */
public final class SingleFileMain {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;", Pattern.MULTILINE);

    private SingleFileMain() {}

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("Error: name the source file, e.g. Shop.java");
            System.exit(2);
            return;
        }
        Path source = Path.of(args[0]);
        String[] appArgs = Arrays.copyOfRange(args, 1, args.length);
        Class<?> main;
        try {
            main = compileAndLoad(source);
        } catch (CliError error) {
            System.err.println("Error: " + error.getMessage());
            System.exit(error.exitCode());
            return;
        }
        Method method;
        try {
            method = main.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            System.err.println("Error: " + main.getName() + " in " + source + " has no public static main(String[])");
            System.exit(1);
            return;
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            System.err.println("Error: " + main.getName() + ".main(String[]) in " + source + " is not static");
            System.exit(1);
            return;
        }
        Thread.currentThread().setContextClassLoader(main.getClassLoader());
        try {
            method.invoke(null, (Object) appArgs);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Compiles the file (with -parameters) into a temporary directory and loads its first top-level class. */
    static Class<?> compileAndLoad(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new CliError("file not found: " + source, 2);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new CliError("this Java (" + System.getProperty("java.home") + ") has no compiler: a single-file"
                    + " app needs a JDK 21+, not a JRE");
        }
        Path output = temporaryDirectory();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(
                    "-d",
                    output.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-parameters",
                    "-proc:none",
                    "-encoding",
                    "UTF-8",
                    "-Xlint:deprecation",
                    "-Xlint:unchecked",
                    "-Xdiags:verbose"));
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Path directory = source.toAbsolutePath().getParent();
            if (!PACKAGE.matcher(text).find()) {
                options.add("-sourcepath");
                options.add(directory.toString());
                options.add("-implicit:class");
            }
            int[] errors = {0};
            JavacTask task = (JavacTask) compiler.getTask(
                    new PrintWriter(System.err, true),
                    files,
                    diagnostic -> {
                        if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                            errors[0]++;
                        }
                        System.err.println(diagnostic);
                    },
                    options,
                    null,
                    files.getJavaFileObjectsFromPaths(List.of(source)));
            String mainName = firstClass(task.parse(), source);
            task.generate();
            if (errors[0] > 0) {
                throw new CliError(source + " does not compile (" + errors[0] + " error(s) above)");
            }
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {output.toUri().toURL()}, SingleFileMain.class.getClassLoader());
            return Class.forName(mainName, false, loader);
        } catch (IllegalStateException | IOException | ClassNotFoundException e) {
            throw new CliError(source + " does not compile (see the errors above)");
        }
    }

    private static String firstClass(Iterable<? extends CompilationUnitTree> units, Path source) {
        for (CompilationUnitTree unit : units) {
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
            for (Tree type : unit.getTypeDecls()) {
                if (type instanceof ClassTree declared) {
                    return pkg + declared.getSimpleName();
                }
            }
        }
        throw new CliError(source + " declares no class");
    }

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("griddle-single-file-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "griddle-single-file-cleanup"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it eventually
        }
    }
}
