package io.griddle.server.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which directories --reload watches and which changed files count, by Uvicorn's rules. */
class ReloadPlanTest {

    @TempDir
    Path cwd;

    @Test
    void globsMatchTheLastComponentsOfAPath() {
        Path file = Path.of("/app/target/classes/com/example/Shop.class");
        assertThat(PathGlob.of("*.class").matches(file)).isTrue();
        assertThat(PathGlob.of("example/*.class").matches(file)).isTrue();
        assertThat(PathGlob.of("com/*.class").matches(file)).isFalse(); // * stays within one component
        assertThat(PathGlob.of("Sho?.cla[st]s").matches(file)).isTrue();
        assertThat(PathGlob.of("[!S]hop.class").matches(file)).isFalse();
        assertThat(PathGlob.of("/app/*/classes/com/example/Shop.class").matches(file))
                .isTrue();
        assertThat(PathGlob.of("/target/classes/com/example/Shop.class").matches(file))
                .isFalse();
        assertThat(PathGlob.of("*.properties").matches(file)).isFalse();
    }

    @Test
    void byDefaultTheClassPathDirectoriesAreWatchedAndEveryFileButHiddenAndEditorOnesCounts() throws Exception {
        Path classes = Files.createDirectories(cwd.resolve("target/classes"));
        Path jar = Files.createFile(cwd.resolve("lib.jar"));
        ReloadPlan plan = ReloadPlan.resolve(
                List.of(),
                List.of(),
                List.of(),
                cwd,
                classes + File.pathSeparator + jar + File.pathSeparator + cwd.resolve("missing"));
        assertThat(plan.directories()).containsExactly(classes);
        assertThat(plan.accepts(classes.resolve("com/x/Shop.class"))).isTrue();
        assertThat(plan.accepts(classes.resolve("static/app.css"))).isTrue();
        assertThat(plan.accepts(classes.resolve("com/x/.Shop.java.swp"))).isFalse();
        assertThat(plan.accepts(classes.resolve("~lock.txt"))).isFalse();

        assertThat(ReloadPlan.resolve(List.of(), List.of(), List.of(), cwd, jar.toString())
                        .directories())
                .containsExactly(cwd); // no class directory: the working directory
    }

    @Test
    void includesExcludesAndDirectoriesFollowUvicornsRules() throws Exception {
        Path src = Files.createDirectories(cwd.resolve("src"));
        Path nested = Files.createDirectories(src.resolve("main"));
        Path templates = Files.createDirectories(cwd.resolve("templates"));
        Path generated = Files.createDirectories(src.resolve("generated"));
        ReloadPlan plan = ReloadPlan.resolve(
                List.of(src, nested),
                List.of("*.java", "templates"),
                List.of("*.class", "src/generated", "*Test.java"),
                cwd,
                "");
        // nested directories collapse into their parent; an include naming a directory adds it
        assertThat(plan.directories()).containsExactly(src, templates);
        assertThat(plan.accepts(nested.resolve("Shop.java"))).isTrue();
        assertThat(plan.accepts(templates.resolve("index.html"))).isTrue(); // the default include, *
        assertThat(plan.accepts(nested.resolve("Shop.class"))).isFalse();
        assertThat(plan.accepts(nested.resolve("ShopTest.java"))).isFalse();
        assertThat(plan.accepts(generated.resolve("Stub.java"))).isFalse(); // an excluded directory
        assertThat(plan.excludeDirs()).containsExactly(generated);

        // A default exclude given as an include is dropped from the excludes
        ReloadPlan hidden = ReloadPlan.resolve(List.of(src), List.of(".*"), List.of(), cwd, "");
        assertThat(hidden.accepts(src.resolve(".env"))).isTrue();
        assertThat(hidden.directories()).containsExactly(src);
    }
}
