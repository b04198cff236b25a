package io.griddle.examples.tutorial.settings;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.settings.SettingsLoader;
import java.util.Map;

/**
 * Settings, app02: the settings come from a provider ({@code get_settings}, cached as with {@code @lru_cache}), so
 * that a test can override them with {@code app.dependencyOverrides()}.
 */
public final class App02 {

    /** {@code get_settings}: loads the settings on first use and keeps them. */
    public static final class GetSettings {
        private final SettingsLoader<Settings> loader;
        private volatile Settings cached;

        GetSettings() {
            this(SettingsLoader.of(Settings.class));
        }

        /** A provider reading the settings with this loader. */
        public GetSettings(SettingsLoader<Settings> loader) {
            this.loader = loader;
        }

        /** The settings, loaded once. */
        public Settings provide() {
            Settings settings = cached;
            if (settings == null) {
                synchronized (this) {
                    if (cached == null) {
                        cached = loader.load();
                    }
                    settings = cached;
                }
            }
            return settings;
        }
    }

    @Get("/info")
    public Object info(@Depends(GetSettings.class) Settings settings) {
        return Info.of(settings);
    }

    /** The app, reading the process's environment when the settings are first asked for. */
    public static App app() {
        return App.create().include(new App02());
    }

    /** The app, reading these variables when the settings are first asked for. */
    public static App app(Map<String, String> environment) {
        return App.create()
                .provide(
                        GetSettings.class,
                        new GetSettings(SettingsLoader.of(Settings.class).environment(environment)))
                .include(new App02());
    }
}
