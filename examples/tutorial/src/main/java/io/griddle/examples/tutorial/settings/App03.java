package io.griddle.examples.tutorial.settings;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.settings.SettingsLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * Settings, app03: as app02, with a {@code .env} file below the environment, and the settings validated at
 * startup, so that a missing variable stops the server before it serves rather than failing the first request.
 */
public final class App03 {

    @Get("/info")
    public Object info(@Depends(App02.GetSettings.class) Settings settings) {
        return Info.of(settings);
    }

    /** {@code get_settings}: the settings of the environment and of {@code .env} in the working directory. */
    public static App02.GetSettings getSettings(Map<String, String> environment, Path envFile) {
        return new App02.GetSettings(
                SettingsLoader.of(Settings.class).environment(environment).envFile(envFile));
    }

    /** The app, with the process's environment and {@code .env} in the working directory. */
    public static App app() {
        return app(System.getenv(), Path.of(".env"));
    }

    /** The app, with these variables and this {@code .env} file. */
    public static App app(Map<String, String> environment, Path envFile) {
        App02.GetSettings settings = getSettings(environment, envFile);
        return App.create()
                .provide(App02.GetSettings.class, settings)
                .onStartup(state -> settings.provide()) // validated now: a SettingsError fails the start
                .include(new App03());
    }
}
