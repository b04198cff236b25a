package io.griddle.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What {@code griddle dev} and {@code griddle run} serve, from their optional first argument.
 *
 * <pre>{@code
 * Target.parse("Shop.java");                // a single-file app
 * Target.parse("target/shop.jar");          // a runnable jar
 * Target.parse("com.example.Main:app");     // an application reference, as uvicorn main:app
 * Target.parse("com.example.Main");         // a main class
 * Target.parse(null);                       // the Maven project in the working directory
 * }</pre>
 */
sealed interface Target {

    /** A Java source file run on its own, compiled in memory with {@code -parameters}. */
    record SourceFile(Path file) implements Target {}

    /** A runnable jar (a Griddle app's shaded jar). */
    record Jar(Path file) implements Target {}

    /** {@code CLASS:ATTRIBUTE}: a static field or no-argument static method giving the application. */
    record AppReference(String className, String member) implements Target {
        String text() {
            return className + ":" + member;
        }
    }

    /** A class whose {@code main} serves the application (it calls {@code Griddle.run}). */
    record MainClass(String className) implements Target {}

    /** Nothing named: the Maven project in the working directory, and its main class. */
    record Project() implements Target {}

    Pattern CLASS_NAME = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
    Pattern MEMBER = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    /** The target an argument names; a file that does not exist or text of no known shape is a {@link CliError}. */
    static Target parse(String argument) {
        if (argument == null || argument.isBlank()) {
            return new Project();
        }
        if (argument.endsWith(".java") || argument.endsWith(".jar")) {
            Path file = Path.of(argument);
            if (!Files.isRegularFile(file)) {
                throw new CliError("file not found: " + argument, 2);
            }
            return argument.endsWith(".java") ? new SourceFile(file) : new Jar(file);
        }
        int colon = argument.lastIndexOf(':');
        if (colon >= 0) {
            String className = argument.substring(0, colon);
            String member = argument.substring(colon + 1);
            if (!CLASS_NAME.matcher(className).matches()
                    || !MEMBER.matcher(member).matches()) {
                throw new CliError(
                        "\"" + argument + "\" is not an application reference: write CLASS:ATTRIBUTE,"
                                + " e.g. com.example.Main:app",
                        2);
            }
            return new AppReference(className, member);
        }
        if (CLASS_NAME.matcher(argument).matches()) {
            return new MainClass(argument);
        }
        throw new CliError(
                "cannot tell what \"" + argument + "\" is: give a Main.java, an app.jar, a main class or"
                        + " CLASS:ATTRIBUTE (e.g. com.example.Main:app)",
                2);
    }
}
