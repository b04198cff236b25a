package io.griddle.examples.tutorial.settings;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.settings.SettingsLoader;
import java.util.Map;

/** Settings: loaded once when the app is built, and read by the handler. */
public final class Tutorial001 {

    private final Settings settings;

    private Tutorial001(Settings settings) {
        this.settings = settings;
    }

    @Get("/info")
    public Object info() {
        return Info.of(settings);
    }

    /** The app, with the settings of the process's environment; fails if they do not validate. */
    public static App app() {
        return app(System.getenv());
    }

    /** The app, with the settings of these variables. */
    public static App app(Map<String, String> environment) {
        Settings settings =
                SettingsLoader.of(Settings.class).environment(environment).load();
        return App.create().include(new Tutorial001(settings));
    }
}
