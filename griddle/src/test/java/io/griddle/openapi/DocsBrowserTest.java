package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /docs} and {@code /redoc} in a real browser, against a real server: the pages load their scripts from the
 * jar, render the application's operations, and Swagger UI's "Try it out" sends a request and shows the answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class DocsBrowserTest {

    record Item(int item_id, String name, Optional<String> q) {}

    /** The app under test; it notes the item ids it was asked for, so the test sees the browser's request arrive. */
    static final class Shop {
        final List<Integer> asked = new CopyOnWriteArrayList<>();

        @Get("/items/{item_id}")
        public Item readItem(@Path int item_id, @Query Optional<String> q) {
            asked.add(item_id);
            return new Item(item_id, "burger " + item_id, q);
        }

        @Post("/items")
        public Item createItem(@Body Item item) {
            return item;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Shop shop = new Shop();
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
                App.create().title("Browser Shop").include(shop),
                ServerConfig.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    // Per test rather than once in @BeforeAll, so that a report counts the skipped tests.
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

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void swaggerUiListsTheOperationsAndTriesOneOut() {
        driver.get(url("/docs"));
        List<WebElement> operations =
                await().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 1));
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).startsWith("Browser Shop");
        assertThat(operations)
                .extracting(operation ->
                        text(operation, ".opblock-summary-method") + " " + text(operation, ".opblock-summary-path")
                                + " " + text(operation, ".opblock-summary-description"))
                .containsExactlyInAnyOrder("POST /items Create Item", "GET /items/{item_id} Read Item");

        String read = "#operations-default-readItem_items__item_id__get ";
        driver.findElement(By.cssSelector(read + ".opblock-summary-control")).click();
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(read + ".try-out__btn")))
                .click();
        await().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(read + "tr[data-param-name='item_id'][data-param-in='path'] input")))
                .sendKeys("42");
        driver.findElement(By.cssSelector(read + "tr[data-param-name='q'][data-param-in='query'] input"))
                .sendKeys("extra cheese");
        driver.findElement(By.cssSelector(read + "button.execute")).click();

        WebElement answer = await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(read + ".live-responses-table .response-col_description pre")));
        assertThat(driver.findElement(By.cssSelector(read + ".live-responses-table .response .response-col_status"))
                        .getText())
                .isEqualTo("200");
        assertThat((Map<?, ?>) JSON.readValue(answer.getText(), Map.class))
                .isEqualTo(Map.of("item_id", 42, "name", "burger 42", "q", "extra cheese"));
        assertThat(driver.findElement(By.cssSelector(read + ".request-url pre")).getText())
                .isEqualTo(url("/items/42?q=extra%20cheese"));
        assertThat(shop.asked).containsExactly(42); // it came from the browser, over the network
    }

    @Test
    void theOauth2RedirectPageHandsTheCodeBackToSwaggerUi() {
        driver.get(url("/docs"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        // What Swagger UI does in an authorization code flow: it waits in the opener for the redirect page (opened
        // here as the authorization server would send the browser back) to read the code and call back.
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const redirectUrl = ui.getConfigs().oauth2RedirectUrl;
                window.swaggerUIRedirectOauth2 = {
                    state: 'st4te', redirectUrl: redirectUrl,
                    auth: { name: 'oauth', schema: { get: () => 'authorizationCode' }, code: null },
                    callback: answer => done({ url: redirectUrl, code: answer.auth.code }),
                    errCb: error => done({ url: redirectUrl, error: error.message })
                };
                if (!window.open(redirectUrl + '?code=c0de&state=st4te')) {
                    done({ url: redirectUrl, error: 'the redirect page did not open' });
                }
                """);

        assertThat(result).isEqualTo(Map.of("url", url("/docs/oauth2-redirect"), "code", "c0de"));
    }

    @Test
    void redocRendersTheOperations() {
        driver.get(url("/redoc"));
        WebElement title = await().until(
                        ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[normalize-space()='Read Item']")));
        assertThat(title.getText()).isEqualTo("Read Item");
        assertThat(driver.findElements(By.xpath("//h2[normalize-space()='Create Item']")))
                .hasSize(1);
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Browser Shop");
    }

    @Test
    void bothPagesRunUnderTheirContentSecurityPolicyWhichStopsAnInjectedScript() {
        for (String page : List.of("/docs", "/redoc")) {
            driver.get(url(page));
            await().until(ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.xpath("//*[normalize-space()='Read Item']"), 0)); // the page works under its policy
            Object outcome = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(location.href).then(answer => {
                        const policy = answer.headers.get('content-security-policy');
                        let violated = null;
                        document.addEventListener('securitypolicyviolation', e => { violated = e.violatedDirective; });
                        const injected = document.createElement('script');
                        injected.textContent = 'window.injected = true';
                        document.body.appendChild(injected);
                        setTimeout(() => done({ policy: policy !== null, ran: window.injected === true,
                                                violated: String(violated) }), 200);
                    });
                    """);
            assertThat(outcome).as(page).isEqualTo(Map.of("policy", true, "ran", false, "violated", "script-src-elem"));
        }
    }

    private static String text(WebElement element, String css) {
        return element.findElement(By.cssSelector(css)).getText().strip();
    }
}
