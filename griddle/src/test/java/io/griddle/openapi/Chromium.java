package io.griddle.openapi;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests, from the system's packages ({@code chromium}, {@code chromium-driver}): the
 * browser and its driver are given by path, so nothing is looked up or downloaded. Without them the test is
 * skipped, except in CI ({@code CI=true}), where it fails: there the browser test must run.
 *
 * <pre>{@code
 * try (Chromium chromium = Chromium.start()) {
 *     chromium.driver().get("http://127.0.0.1:8000/docs");
 * }
 * }</pre>
 *
 * <p>The environment variables {@code GRIDDLE_CHROMIUM} and {@code GRIDDLE_CHROMEDRIVER} point at other binaries.
 */
public final class Chromium implements AutoCloseable {

    private static final String BROWSER =
            Objects.requireNonNullElse(System.getenv("GRIDDLE_CHROMIUM"), "/usr/bin/chromium");
    private static final String DRIVER =
            Objects.requireNonNullElse(System.getenv("GRIDDLE_CHROMEDRIVER"), "/usr/bin/chromedriver");
    // The tests use no DevTools protocol, so Selenium's warning that it has no bindings for this version is noise.
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether the browser and its driver are there. */
    public static boolean installed() {
        return new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
    }

    /** Skips the calling test when there is no browser; fails it instead in CI. */
    public static void assumeInstalled() {
        if (!installed()) {
            String missing =
                    BROWSER + " or " + DRIVER + " is missing (Debian: apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI must run the browser tests, but " + missing);
            }
            Assumptions.abort("no browser: " + missing);
        }
    }

    /** Starts a fresh headless browser with its own temporary profile. */
    public static Chromium start() {
        assumeInstalled();
        DEVTOOLS.setLevel(Level.SEVERE);
        // Browser and driver are given by path, so Selenium Manager is not consulted; were it ever, Selenium hands
        // it the SE_* system properties as its environment, and offline it downloads nothing.
        System.setProperty("SE_OFFLINE", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("griddle-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--window-size=1280,1024",
                        "--user-data-dir=" + profile);
        options.setScriptTimeout(Duration.ofSeconds(20));
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        try {
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
