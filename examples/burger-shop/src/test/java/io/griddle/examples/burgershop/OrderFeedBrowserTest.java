package io.griddle.examples.burgershop;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.openapi.Chromium;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live orders page in headless Chromium against the burger shop on a real server: a click places an order, and
 * its statuses arrive in the page over Server-Sent Events ({@code EventSource}) and over a WebSocket. Skipped without
 * a browser, except in CI ({@code CI=true}), where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class OrderFeedBrowserTest {

    private GriddleServer server;
    private Chromium chromium;
    private ChromeDriver driver;

    @BeforeAll
    void start() {
        if (!Chromium.installed()) {
            return; // each test then skips, or fails in CI
        }
        chromium = Chromium.start();
        driver = chromium.driver();
        server = GriddleServer.start(
                BurgerShop.app(),
                ServerConfig.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    @BeforeEach
    void needsBrowser() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    @Test
    void thePageShowsTheStatusesArriveOverBothFeeds() {
        driver.get("http://127.0.0.1:" + server.port() + "/orders/live");
        WebDriverWait await = new WebDriverWait(driver, Duration.ofSeconds(30));
        await.until(ExpectedConditions.elementToBeClickable(By.id("order"))).click();

        await.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sse li"), 3));
        await.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ws li"), 3));
        assertThat(texts("#sse li")).containsExactly("received…", "cooking…", "ready");
        assertThat(texts("#ws li")).containsExactly("received…", "cooking…", "ready");
        assertThat(driver.findElement(By.id("placed")).getText()).matches("Order \\d+: cheese");
    }

    private List<String> texts(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
