package io.griddle.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.Default;
import io.griddle.RequestValidationError.Issue;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SettingsLoader}: sources and their priority, conversion, defaults, validation and its errors. */
class SettingsLoaderTest {

    record Settings(
            @Default("Awesome API") String app_name,
            String admin_email,
            @Default("50") int items_per_user) {}

    record Tuning(
            @Default("8") @Min(1) int workerCount,
            @Default("false") boolean debug,
            Optional<String> logFile,
            @Default("[]") List<String> hosts) {}

    enum Mode {
        dev,
        prod
    }

    record WithMode(Mode mode) {}

    @TempDir
    Path dir;

    @Test
    void readsTheVariablesOfTheFieldNamesInAnyCaseAndKeepsTheDefaults() {
        Settings settings = SettingsLoader.of(Settings.class)
                .environment(Map.of("ADMIN_EMAIL", "admin@example.com", "PATH", "/bin"))
                .load();
        assertThat(settings).isEqualTo(new Settings("Awesome API", "admin@example.com", 50));
        assertThat(SettingsLoader.of(Settings.class)
                        .environment(Map.of("admin_email", "a@b.c", "Items_Per_User", "7"))
                        .load())
                .isEqualTo(new Settings("Awesome API", "a@b.c", 7));
    }

    @Test
    void camelCaseComponentsReadSnakeCaseVariablesAndConvertTheirTypes() {
        Tuning tuning = SettingsLoader.of(Tuning.class)
                .environment(Map.of(
                        "WORKER_COUNT", "4", "DEBUG", "true", "LOG_FILE", "/var/log/app.log", "HOSTS", "[\"a\",\"b\"]"))
                .load();
        assertThat(tuning).isEqualTo(new Tuning(4, true, Optional.of("/var/log/app.log"), List.of("a", "b")));
        assertThat(SettingsLoader.of(Tuning.class).environment(Map.of()).load())
                .isEqualTo(new Tuning(8, false, Optional.empty(), List.of()));
    }

    @Test
    void aMissingFieldIsReportedAsPydanticDoes() {
        SettingsLoader<Settings> loader = SettingsLoader.of(Settings.class).environment(Map.of());
        assertThatThrownBy(loader::load)
                .isInstanceOfSatisfying(SettingsError.class, error -> {
                    assertThat(error.errors()).hasSize(1);
                    Issue issue = error.errors().get(0);
                    assertThat(issue.type()).isEqualTo("missing");
                    assertThat(issue.loc()).isEqualTo(List.of("admin_email"));
                    assertThat(issue.msg()).isEqualTo("Field required");
                    assertThat(issue.input()).isEqualTo(Map.of());
                })
                .hasMessage("1 validation error for Settings\nadmin_email\n  Field required [type=missing]");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        SettingsLoader<Tuning> loader =
                SettingsLoader.of(Tuning.class).environment(Map.of("WORKER_COUNT", "0", "DEBUG", "maybe"));
        assertThatThrownBy(loader::load)
                .isInstanceOfSatisfying(
                        SettingsError.class,
                        error -> assertThat(
                                        error.errors().stream().map(Issue::type).toList())
                                .containsExactlyInAnyOrder("greater_than_equal", "bool_parsing"));
        assertThatThrownBy(SettingsLoader.of(Settings.class)
                        .environment(Map.of("ADMIN_EMAIL", "a@b.c", "ITEMS_PER_USER", "many"))::load)
                .isInstanceOfSatisfying(SettingsError.class, error -> {
                    Issue issue = error.errors().get(0);
                    assertThat(issue.type()).isEqualTo("int_parsing");
                    assertThat(issue.loc()).isEqualTo(List.of("items_per_user"));
                    assertThat(issue.input()).isEqualTo("many");
                });
        assertThatThrownBy(SettingsLoader.of(WithMode.class).environment(Map.of("MODE", "test"))::load)
                .isInstanceOfSatisfying(
                        SettingsError.class,
                        error -> assertThat(error.errors().get(0).type()).isEqualTo("enum"));
        assertThatThrownBy(SettingsLoader.of(Tuning.class).environment(Map.of("HOSTS", "[a"))::load)
                .isInstanceOfSatisfying(
                        SettingsError.class,
                        error -> assertThat(error.errors().get(0).type()).isEqualTo("json_invalid"));
    }

    @Test
    void theEnvFileIsBelowTheEnvironmentAndCodeIsAboveBoth() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, """
                # the app's settings
                export ADMIN_EMAIL="file@example.com"
                APP_NAME='From File'
                ITEMS_PER_USER=10 # per user

                """);
        SettingsLoader<Settings> loader = SettingsLoader.of(Settings.class).envFile(env);
        assertThat(loader.environment(Map.of()).load()).isEqualTo(new Settings("From File", "file@example.com", 10));
        assertThat(loader.environment(Map.of("ITEMS_PER_USER", "20")).load())
                .isEqualTo(new Settings("From File", "file@example.com", 20));
        assertThat(loader.set("items_per_user", "30").load())
                .isEqualTo(new Settings("From File", "file@example.com", 30));
    }

    @Test
    void aMissingEnvFileIsSkippedAndAMalformedOneFails() throws IOException {
        assertThat(SettingsLoader.of(Settings.class)
                        .envFile(dir.resolve("absent.env"))
                        .environment(Map.of("ADMIN_EMAIL", "a@b.c"))
                        .load()
                        .admin_email())
                .isEqualTo("a@b.c");
        Path bad = dir.resolve("bad.env");
        Files.writeString(bad, "ADMIN_EMAIL\n");
        assertThatThrownBy(SettingsLoader.of(Settings.class).envFile(bad)::load)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.env:1: expected NAME=value");
    }
}
