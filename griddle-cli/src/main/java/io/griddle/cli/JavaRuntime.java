package io.griddle.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDK that runs the CLI (21 or newer: {@code bin/griddle} or the jar's launcher found it) and Griddle's own
 * class path (the CLI's jar, which holds the framework and the server), used for the applications it starts.
 *
 * <pre>{@code
 * List<String> command = JavaRuntime.current().java("-cp", JavaRuntime.current().griddleClassPath(), "Main");
 * }</pre>
 *
 * @param javaExecutable   the {@code java} of this JVM
 * @param griddleClassPath the class path that holds Griddle (this JVM's)
 * @param jvmOptions       options for the application's JVM
 */
record JavaRuntime(String javaExecutable, String griddleClassPath, List<String> jvmOptions) {

    static JavaRuntime current() {
        return new JavaRuntime(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"),
                List.of());
    }

    JavaRuntime(String javaExecutable, String griddleClassPath) {
        this(javaExecutable, griddleClassPath, List.of());
    }

    /**
     * For {@code griddle dev}: the JIT's first tier only ({@code -XX:TieredStopAtLevel=1}), which starts a JVM
     * sooner and is what each restart pays for; throughput does not matter there.
     */
    JavaRuntime forDevelopment() {
        return new JavaRuntime(javaExecutable, griddleClassPath, List.of("-XX:TieredStopAtLevel=1"));
    }

    /** {@code java} with the options every Griddle process gets, then the given arguments. */
    List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        // Netty's native transport loads through JNI: allowed up front, so Java 24+ does not warn
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.addAll(List.of(arguments));
        return command;
    }

    /** A class path of the given entries followed by Griddle's own. */
    String withGriddle(String classPath) {
        return classPath.isEmpty() ? griddleClassPath : classPath + File.pathSeparator + griddleClassPath;
    }
}
