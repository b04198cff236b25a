package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.http.Json;
import io.griddle.security.OAuth2PasswordBearer;
import io.griddle.security.Security;
import io.griddle.security.SecurityScopes;
import io.griddle.test.TestClient;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OAuth2 scopes in the document: the password flow's {@code scopes} map, and each operation's requirement listing
 * the scopes of the {@code @Security} dependencies on the paths to the scheme, merged per scheme in order.
 */
class SecurityScopesOpenApiTest {

    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
            Map<String, String> scopes = new LinkedHashMap<>();
            scopes.put("me", "Read information about the current user.");
            scopes.put("items", "Read items.");
            scopes(scopes);
        }
    }

    public static final class CurrentUser {
        public String provide(SecurityScopes scopes, @Depends(OAuth2Scheme.class) String token) {
            return token;
        }
    }

    public static final class ActiveUser {
        public String provide(@Security(value = CurrentUser.class, scopes = "me") String user) {
            return user;
        }
    }

    @SuppressWarnings("unused")
    static final class Routes {
        @Get("/users/me/")
        String me(@Depends(ActiveUser.class) String user) {
            return user;
        }

        @Get("/users/me/items/")
        String items(@Security(value = ActiveUser.class, scopes = "items") String user) {
            return user;
        }

        @Get("/status/")
        String status(@Depends(CurrentUser.class) String user) {
            return user;
        }

        @Get("/both/")
        String both(
                @Depends(ActiveUser.class) String me,
                @Security(
                                value = CurrentUser.class,
                                scopes = {"admin", "me"})
                        String admin) {
            return me;
        }

        @Get("/scheme/")
        String scheme(@Security(value = OAuth2Scheme.class, scopes = "items") String token) {
            return token;
        }
    }

    private static Object document() {
        try (TestClient client = TestClient.of(App.create().include(new Routes()))) {
            return client.get("/openapi.json").json();
        }
    }

    @SuppressWarnings("unchecked")
    private static Object at(Object node, String... path) {
        for (String step : path) {
            node = ((Map<String, Object>) node).get(step);
        }
        return node;
    }

    private static Object json(String text) {
        return Json.read(text.getBytes(StandardCharsets.UTF_8), Object.class);
    }

    @Test
    void operationsRequireTheScopesOnThePathToTheScheme() {
        Object document = document();
        assertThat(at(document, "paths", "/users/me/", "get", "security"))
                .isEqualTo(json("[{\"OAuth2PasswordBearer\":[\"me\"]}]"));
        assertThat(at(document, "paths", "/users/me/items/", "get", "security"))
                .isEqualTo(json("[{\"OAuth2PasswordBearer\":[\"items\",\"me\"]}]"));
        assertThat(at(document, "paths", "/status/", "get", "security"))
                .isEqualTo(json("[{\"OAuth2PasswordBearer\":[]}]"));
        assertThat(at(document, "paths", "/scheme/", "get", "security"))
                .isEqualTo(json("[{\"OAuth2PasswordBearer\":[\"items\"]}]"));
    }

    @Test
    void oneSchemeReachedWithSeveralScopeSetsIsOneRequirementWithTheirUnion() {
        assertThat(at(document(), "paths", "/both/", "get", "security"))
                .isEqualTo(json("[{\"OAuth2PasswordBearer\":[\"me\",\"admin\"]}]"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePasswordFlowListsTheScopesInTheirOrder() {
        Map<String, Object> flow = (Map<String, Object>)
                at(document(), "components", "securitySchemes", "OAuth2PasswordBearer", "flows", "password");
        assertThat(flow).isEqualTo(json("""
                {"scopes":{"me":"Read information about the current user.","items":"Read items."},
                 "tokenUrl":"token"}"""));
        assertThat(((Map<String, Object>) flow.get("scopes")).keySet()).containsExactly("me", "items");
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String text;
        try (TestClient client = TestClient.of(App.create().include(new Routes()))) {
            text = client.get("/openapi.json").text();
        }
        SwaggerParseResult result = new OpenAPIParser().readContents(text, null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()
                        .getPaths()
                        .get("/users/me/items/")
                        .getGet()
                        .getSecurity())
                .containsExactly(new io.swagger.v3.oas.models.security.SecurityRequirement()
                        .addList("OAuth2PasswordBearer", List.of("items", "me")));
    }
}
