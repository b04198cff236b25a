package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/griddle}: found through a symbolic link (the install), a JDK 21+ found, the missing jar explained. */
class BinScriptTest {

    private static final Path SCRIPT =
            Path.of("..", "bin", "griddle").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static String run(Path script, Map<String, String> environment, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(script.toString());
        builder.command().addAll(java.util.List.of(args));
        builder.redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("GRIDDLE_CLI_JAR");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + " " + output;
    }

    @Test
    void runsThroughALinkOnAJdk21() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("griddle"), SCRIPT);
        String result = run(link, Map.of("GRIDDLE_CLI_CLASSPATH", System.getProperty("java.class.path")), "--version");
        assertThat(result.strip()).isEqualTo("0 griddle " + Starter.versions().getProperty("version"));
    }

    @Test
    void aMissingJarSaysHowToBuildIt() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("checkout/bin")).resolve("griddle");
        Files.copy(SCRIPT, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        String result = run(copy, Map.of(), "--version");
        assertThat(result.strip().lines()).hasSize(1);
        assertThat(result)
                .startsWith("1 Error: " + dir.toRealPath().resolve("checkout/griddle-cli/target/griddle-cli.jar")
                        + " is missing; build it once:");
    }
}
