package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code griddle new shop && cd shop && ./mvnw verify}, offline: the generated project compiles, its TestClient
 * test passes quietly, and its runnable jar is made. Griddle's artifacts come from this build (the modules' jars and
 * POMs copied into a throwaway local repository, as {@code ./mvnw install} would lay them out), everything else from
 * the user's local repository, read only ({@code maven.repo.local.tail}); nothing is installed into it. The jars
 * exist when the reactor packaged those modules before this one ({@code -pl griddle-cli -am verify}).
 */
class StarterBuildTest {

    private static final Path CHECKOUT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theGeneratedProjectBuildsOffline() throws Exception {
        String version = Starter.versions().getProperty("version");
        Path repository = dir.resolve("repository");
        for (String module : List.of("griddle-core", "griddle-server", "griddle", "griddle-test")) {
            Path jar = CHECKOUT.resolve(module + "/target/" + module + "-" + version + ".jar");
            assumeTrue(Files.isRegularFile(jar), jar + " is not built: run with -am (package those modules first)");
            install(repository, module, version, CHECKOUT.resolve(module + "/pom.xml"), jar);
        }
        install(repository, "griddle-parent", version, CHECKOUT.resolve("pom.xml"), null);
        install(repository, "griddle-bom", version, CHECKOUT.resolve("griddle-bom/pom.xml"), null);

        assertThat(CliRun.of(dir, "new", "shop").exit()).isZero();
        Path project = dir.resolve("shop");
        Path log = dir.resolve("build.log");
        ProcessBuilder maven = new ProcessBuilder(
                        project.resolve("mvnw").toString(),
                        "-o",
                        "-q",
                        "verify",
                        "-Dmaven.repo.local=" + repository,
                        "-Dmaven.repo.local.tail=" + Path.of(System.getProperty("user.home"), ".m2", "repository"))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process build = maven.start();
        if (!build.waitFor(10, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            throw new AssertionError("the starter's build ran over 10 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        assertThat(build.exitValue()).as(output).isZero();
        assertThat(project.resolve("target/shop.jar")).isRegularFile();
        assertThat(Files.readString(project.resolve("target/surefire-reports/com.example.shop.MainTest.txt")))
                .contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");
        // quiet tests: no Netty DEBUG lines, no stack traces about Unsafe or native access. The JDK's own
        // "WARNING: " lines about Maven's JVM (Guice's use of sun.misc.Unsafe on Java 24+) are Maven's, not the tests'.
        String tests = output.lines()
                .filter(line -> !line.startsWith("WARNING: "))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(tests).doesNotContain("DEBUG").doesNotContain("Unsafe").doesNotContain("\tat ");
    }

    // The layout of a local repository: groupId/artifactId/version/artifactId-version.{pom,jar}
    private static void install(Path repository, String artifact, String version, Path pom, Path jar) throws Exception {
        Path folder = Files.createDirectories(repository.resolve("io/griddle/" + artifact + "/" + version));
        Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"));
        if (jar != null) {
            Files.copy(jar, folder.resolve(artifact + "-" + version + ".jar"));
        }
    }
}
