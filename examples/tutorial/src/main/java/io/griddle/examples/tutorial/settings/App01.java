package io.griddle.examples.tutorial.settings;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.settings.SettingsLoader;
import java.util.Map;

/**
 * Settings, app01: FastAPI's {@code config.py} makes {@code settings = Settings()} when imported, and
 * {@code main.py} reads it; here {@link #config} is that module and {@link #app} the main one.
 */
public final class App01 {

    private final Settings settings;

    private App01(Settings settings) {
        this.settings = settings;
    }

    /** {@code config.py}: the settings of these variables, or a {@code SettingsError}. */
    public static Settings config(Map<String, String> environment) {
        return SettingsLoader.of(Settings.class).environment(environment).load();
    }

    @Get("/info")
    public Object info() {
        return Info.of(settings);
    }

    /** The app, with the settings of the process's environment. */
    public static App app() {
        return app(System.getenv());
    }

    /** The app, with the settings of these variables. */
    public static App app(Map<String, String> environment) {
        return App.create().include(new App01(config(environment)));
    }
}
