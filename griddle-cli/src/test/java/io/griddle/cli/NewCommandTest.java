package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.test.TestClient;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code griddle new}: the files of the starter, and its app compiled and called, without Maven (StarterBuildTest
 * builds it with Maven).
 */
class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAMavenProject() throws Exception {
        CliRun run = CliRun.of(dir, "new", "burger-shop");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Created burger-shop/ (package com.example.burgershop). Next:");
        Path project = dir.resolve("burger-shop");
        assertThat(project.resolve("src/main/java/com/example/burgershop/Main.java"))
                .isRegularFile();
        assertThat(project.resolve("src/test/java/com/example/burgershop/MainTest.java"))
                .isRegularFile();
        assertThat(project.resolve(".mvn/wrapper/maven-wrapper.properties")).isRegularFile();
        assertThat(project.resolve("mvnw")).isExecutable();
        assertThat(Files.readString(project.resolve("src/test/resources/logback-test.xml")))
                .contains("<root level=\"WARN\">");
        assertThat(Files.readAllLines(project.resolve(".gitignore"))).contains("target/");
        String pom = Files.readString(project.resolve("pom.xml"));
        assertThat(pom)
                .doesNotContain("{{")
                .contains("<artifactId>burger-shop</artifactId>")
                .contains("<groupId>com.example</groupId>")
                .contains("<griddle.version>" + Starter.versions().getProperty("version") + "</griddle.version>")
                .contains("<artifactId>griddle-bom</artifactId>")
                .contains("<parameters>true</parameters>")
                .contains("<goal>select-jdk-toolchain</goal>")
                .contains("<Griddle-Main>${griddle.main}</Griddle-Main>")
                .contains("<griddle.main>com.example.burgershop.Main</griddle.main>");
        MavenProject maven = MavenProject.in(project).orElseThrow();
        assertThat(maven.mainClass()).isEqualTo("com.example.burgershop.Main");
        assertThat(maven.release()).contains("21"); // what griddle dev compiles for, as Maven would
    }

    @Test
    void theStartersAppAndTestCompileAndAnswer() throws Exception {
        assertThat(CliRun.of(dir, "new", "shop", "--package", "org.acme.shop").exit())
                .isZero();
        Path project = dir.resolve("shop");
        Path classes = dir.resolve("classes");
        List<Path> sources = List.of(
                project.resolve("src/main/java/org/acme/shop/Main.java"),
                project.resolve("src/test/java/org/acme/shop/MainTest.java"));
        assertThat(ProjectCompiler.compile(sources, System.getProperty("java.class.path"), classes, List.of()))
                .isTrue();
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
                TestClient client = TestClient.of((App)
                        loader.loadClass("org.acme.shop.Main").getField("app").get(null))) {
            var root = client.get("/");
            assertThat(root.status()).isEqualTo(200);
            assertThat(root.json()).isEqualTo(Map.of("message", "Hello World"));
            var item = client.get("/items/5?q=somequery");
            assertThat(item.status()).isEqualTo(200);
            assertThat(item.json()).isEqualTo(Map.of("itemId", 5, "q", "somequery"));
            Map<String, Object> withoutQ = new java.util.LinkedHashMap<>();
            withoutQ.put("itemId", 5);
            withoutQ.put("q", null); // an empty Optional is null, as FastAPI's None
            assertThat(client.get("/items/5").json()).isEqualTo(withoutQ);
        }
    }
}
