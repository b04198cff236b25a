package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.gateway.Headers;
import io.griddle.http.HttpError;
import io.griddle.security.OAuth2PasswordBearer;
import io.griddle.security.OAuth2PasswordRequestForm;
import io.griddle.security.Security;
import io.griddle.security.SecurityScopes;
import io.griddle.server.GriddleServer;
import io.griddle.server.ServerConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * OAuth2 scopes as a person meets them in {@code /docs}: Swagger UI's Authorize dialog offers the password flow's
 * scopes with their descriptions, logs in with the ticked ones through the token route, and "Try it out" on an
 * operation that requires them sends the token the server accepts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ScopesBrowserTest {

    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
            Map<String, String> scopes = new LinkedHashMap<>();
            scopes.put("me", "Read information about the current user.");
            scopes.put("items", "Read items.");
            scopes(scopes);
        }
    }

    /** The token is the granted scopes joined by commas; the route's required scopes must all be among them. */
    public static final class Granted {
        public List<String> provide(SecurityScopes required, @Depends(OAuth2Scheme.class) String token) {
            List<String> granted = List.of(token.split(","));
            if (!granted.containsAll(required.scopes())) {
                throw new HttpError(
                        401, "Not enough permissions", Headers.of("www-authenticate", required.bearerChallenge()));
            }
            return granted;
        }
    }

    @SuppressWarnings("unused")
    static final class Routes {
        @Post("/token")
        public Map<String, String> login(@Depends OAuth2PasswordRequestForm form) {
            return Map.of("access_token", String.join(",", form.scopes()), "token_type", "bearer");
        }

        @Get("/items")
        public Map<String, Object> items(
                @Security(
                                value = Granted.class,
                                scopes = {"items", "me"})
                        List<String> g) {
            return Map.of("granted", g);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
                App.create().include(new Routes()),
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

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void theAuthorizeDialogOffersTheScopesAndItsTokenOpensTheOperation() {
        driver.get(url("/docs"));
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-wrapper .btn.authorize")))
                .click();

        List<WebElement> scopes = await().until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".modal-ux .scopes .checkbox"), 1));
        assertThat(scopes)
                .extracting(scope -> text(scope, ".name") + ": " + text(scope, ".description"))
                .containsExactly("me: Read information about the current user.", "items: Read items.");

        driver.findElement(By.id("oauth_username")).sendKeys("johndoe");
        driver.findElement(By.id("oauth_password")).sendKeys("secret");
        for (WebElement scope : scopes) {
            scope.findElement(By.tagName("label")).click();
        }
        driver.findElement(By.cssSelector(".modal-ux .btn.modal-btn.auth.authorize"))
                .click();
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux .btn.modal-btn.auth.btn-done")))
                .click();

        String items = "#operations-default-items_items_get ";
        driver.findElement(By.cssSelector(items + ".opblock-summary-control")).click();
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(items + ".try-out__btn")))
                .click();
        await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(items + "button.execute")))
                .click();
        WebElement answer = await().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(items + ".live-responses-table .response-col_description pre")));
        assertThat(driver.findElement(By.cssSelector(items + ".live-responses-table .response .response-col_status"))
                        .getText())
                .isEqualTo("200");
        assertThat((Map<?, ?>) JSON.readValue(answer.getText(), Map.class))
                .isEqualTo(Map.of("granted", List.of("me", "items")));
    }

    private static String text(WebElement element, String css) {
        return element.findElement(By.cssSelector(css)).getText().strip();
    }
}
