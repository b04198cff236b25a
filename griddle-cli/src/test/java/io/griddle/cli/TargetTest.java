package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetTest {

    @TempDir
    Path dir;

    @Test
    void nothingIsTheProject() {
        assertThat(Target.parse(null)).isEqualTo(new Target.Project());
    }

    @Test
    void filesByTheirExtension() throws Exception {
        Path source = Files.writeString(dir.resolve("Shop.java"), "class Shop {}");
        Path jar = Files.write(dir.resolve("shop.jar"), new byte[0]);
        assertThat(Target.parse(source.toString())).isEqualTo(new Target.SourceFile(source));
        assertThat(Target.parse(jar.toString())).isEqualTo(new Target.Jar(jar));
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThatThrownBy(() -> Target.parse(dir.resolve("Nope.java").toString()))
                .isInstanceOf(CliError.class)
                .hasMessage("file not found: " + dir.resolve("Nope.java"));
    }

    @Test
    void referencesAndMainClasses() {
        assertThat(Target.parse("com.example.Main:app")).isEqualTo(new Target.AppReference("com.example.Main", "app"));
        assertThat(Target.parse("com.example.Main")).isEqualTo(new Target.MainClass("com.example.Main"));
    }

    @Test
    void malformedReferencesAreRefused() {
        assertThatThrownBy(() -> Target.parse("com.example.Main:"))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("write CLASS:ATTRIBUTE");
        assertThatThrownBy(() -> Target.parse("com/example:app"))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("is not an application reference");
        assertThatThrownBy(() -> Target.parse("shop/Main"))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("cannot tell what \"shop/Main\" is");
    }
}
