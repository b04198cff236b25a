package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's command line for each kind of target and mode. */
class ServePlanTest {

    private static final JavaRuntime RUNTIME = new JavaRuntime("/jdk/bin/java", "/griddle/cli.jar");

    @TempDir
    Path dir;

    private ServePlan plan(String target, ServerFlags.Mode mode, String classPath, String... flags) {
        return ServePlan.of(
                Target.parse(target),
                new ServerFlags(List.of(flags), Map.of()),
                mode,
                classPath,
                RUNTIME,
                dir,
                Map.of());
    }

    @Test
    void aSingleFileDevCompilesWithParametersAndWatchesItsFolder() throws Exception {
        Path source = Files.writeString(dir.resolve("Shop.java"), "public class Shop {}");
        ServePlan plan = plan(source.toString(), ServerFlags.Mode.DEV, null, "--port", "9000");
        assertThat(plan.command())
                .containsExactly(
                        "/jdk/bin/java",
                        "--enable-native-access=ALL-UNNAMED",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        "/griddle/cli.jar",
                        "io.griddle.cli.SingleFileMain",
                        source.toString(),
                        "--port",
                        "9000",
                        "--host",
                        "127.0.0.1",
                        "--reload",
                        "--reload-delay",
                        "0.1",
                        "--reload-dir",
                        dir.toAbsolutePath().toString());
        assertThat(plan.project()).isEmpty();
    }

    @Test
    void aJarRunsItselfOnEveryInterface() throws Exception {
        Path jar = Files.write(dir.resolve("shop.jar"), new byte[0]);
        assertThat(plan(jar.toString(), ServerFlags.Mode.RUN, null, "--workers", "4")
                        .command())
                .containsExactly(
                        "/jdk/bin/java",
                        "--enable-native-access=ALL-UNNAMED",
                        "-jar",
                        jar.toString(),
                        "--workers",
                        "4",
                        "--host",
                        "0.0.0.0");
    }

    @Test
    void aReferenceGoesThroughTheServersLauncher() {
        assertThat(plan("com.example.Main:app", ServerFlags.Mode.RUN, "classes").command())
                .containsExactly(
                        "/jdk/bin/java",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        "classes:/griddle/cli.jar",
                        "io.griddle.server.Main",
                        "com.example.Main:app",
                        "--host",
                        "0.0.0.0");
    }

    @Test
    void aMainClassRunsItsMain() {
        assertThat(plan("com.example.Main", ServerFlags.Mode.RUN, null).command())
                .containsExactly(
                        "/jdk/bin/java",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        ".:/griddle/cli.jar",
                        "com.example.Main",
                        "--host",
                        "0.0.0.0");
    }

    @Test
    void aProjectWithSeveralMainsAsksWhichOne() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path code = Files.createDirectories(dir.resolve("src/main/java/com/example"));
        String main =
                "package com.example;\nclass %s { public static void main(String[] a) { Griddle.run(null, a); } }";
        Files.writeString(code.resolve("A.java"), main.formatted("A"));
        Files.writeString(code.resolve("B.java"), main.formatted("B"));
        MavenProject project = MavenProject.in(dir).orElseThrow();
        assertThatThrownBy(project::mainClass)
                .isInstanceOf(CliError.class)
                .hasMessage("several classes have a main that calls Griddle.run (com.example.A, com.example.B):"
                        + " name one, e.g. griddle dev com.example.A");
        Files.delete(code.resolve("B.java"));
        assertThat(project.mainClass()).isEqualTo("com.example.A");
    }
}
