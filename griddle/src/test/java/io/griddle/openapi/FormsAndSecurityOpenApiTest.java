package io.griddle.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.App;
import io.griddle.Depends;
import io.griddle.File;
import io.griddle.Form;
import io.griddle.Get;
import io.griddle.Post;
import io.griddle.UploadFile;
import io.griddle.http.Json;
import io.griddle.security.ApiKeyHeader;
import io.griddle.security.HttpAuthorizationCredentials;
import io.griddle.security.HttpBasic;
import io.griddle.security.HttpBasicCredentials;
import io.griddle.security.HttpBearer;
import io.griddle.security.OAuth2PasswordBearer;
import io.griddle.security.OAuth2PasswordRequestForm;
import io.griddle.test.TestClient;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Form and multipart request bodies and security schemes in the OpenAPI document, in FastAPI's shapes. */
class FormsAndSecurityOpenApiTest {

    record FormData(String username, String password) {}

    public static final class OAuth2Scheme extends OAuth2PasswordBearer {
        public OAuth2Scheme() {
            super("token");
            scopes(Map.of("me", "Read your profile"));
        }
    }

    public static final class Basic extends HttpBasic {}

    public static final class Key extends ApiKeyHeader {
        public Key() {
            super("x-key");
            description("A key from the admin page");
        }
    }

    public static final class Jwt extends HttpBearer {
        public Jwt() {
            bearerFormat("JWT");
        }
    }

    /** A provider on top of a scheme: the scheme still shows on the routes that use this. */
    public static final class CurrentUser {
        public String provide(@Depends(OAuth2Scheme.class) String token) {
            return token;
        }
    }

    @SuppressWarnings("unused")
    static final class Routes {
        @Post("/login/")
        Map<String, String> login(@Form String username, @Form String password) {
            return Map.of();
        }

        @Post("/model/")
        FormData model(@Form FormData data) {
            return data;
        }

        @Post("/token")
        Map<String, String> token(@Depends OAuth2PasswordRequestForm form) {
            return Map.of();
        }

        @Post("/files/")
        Map<String, String> files(@File byte[] file, @File List<UploadFile> more, @Form Optional<String> note) {
            return Map.of();
        }

        @Get("/users/me")
        String me(@Depends(CurrentUser.class) String user, @Depends(Key.class) String key) {
            return user;
        }

        @Get("/basic")
        HttpBasicCredentials basic(@Depends(Basic.class) HttpBasicCredentials credentials) {
            return credentials;
        }

        @Get("/jwt")
        HttpAuthorizationCredentials jwt(@Depends(Jwt.class) HttpAuthorizationCredentials credentials) {
            return credentials;
        }
    }

    private static String document() {
        try (TestClient client = TestClient.of(App.create().include(new Routes()))) {
            return client.get("/openapi.json").text();
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
    @SuppressWarnings("unchecked")
    void formFieldsAreOneUrlencodedObject() {
        Object document = json(document());
        assertThat(at(document, "paths", "/login/", "post", "requestBody")).isEqualTo(json("""
                {"required":true,"content":{"application/x-www-form-urlencoded":
                  {"schema":{"$ref":"#/components/schemas/Body_login_login__post"}}}}"""));
        assertThat(at(document, "components", "schemas", "Body_login_login__post"))
                .isEqualTo(json("""
                {"properties":{"username":{"type":"string","title":"Username"},
                               "password":{"type":"string","title":"Password"}},
                 "type":"object","required":["username","password"],"title":"Body_login_login__post"}"""));
        assertThat((Map<String, Object>) at(document, "paths", "/login/", "post", "responses"))
                .containsKey("422");
    }

    @Test
    void aFormRecordIsReferredTo() {
        Object document = json(document());
        assertThat(at(document, "paths", "/model/", "post", "requestBody")).isEqualTo(json("""
                {"required":true,"content":{"application/x-www-form-urlencoded":
                  {"schema":{"$ref":"#/components/schemas/FormData"}}}}"""));
    }

    @Test
    void thePasswordFormIsFlattenedIntoTheRouteBody() {
        Object document = json(document());
        assertThat(at(
                        document,
                        "paths",
                        "/token",
                        "post",
                        "requestBody",
                        "content",
                        "application/x-www-form-urlencoded",
                        "schema"))
                .isEqualTo(Map.of("$ref", "#/components/schemas/Body_token_token_post"));
        assertThat(at(document, "components", "schemas", "Body_token_token_post"))
                .isEqualTo(json("""
                {"properties":{
                   "grant_type":{"anyOf":[{"type":"string","pattern":"^password$"},{"type":"null"}],
                                 "title":"Grant Type"},
                   "username":{"type":"string","title":"Username"},
                   "password":{"type":"string","format":"password","title":"Password"},
                   "scope":{"type":"string","title":"Scope","default":""},
                   "client_id":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Client Id"},
                   "client_secret":{"anyOf":[{"type":"string"},{"type":"null"}],"format":"password",
                                    "title":"Client Secret"}},
                 "type":"object","required":["username","password"],"title":"Body_token_token_post"}"""));
    }

    @Test
    void filesMakeAMultipartBody() {
        Object document = json(document());
        assertThat(at(document, "paths", "/files/", "post", "requestBody", "content"))
                .isEqualTo(Map.of(
                        "multipart/form-data",
                        Map.of("schema", Map.of("$ref", "#/components/schemas/Body_files_files__post"))));
        assertThat(at(document, "components", "schemas", "Body_files_files__post"))
                .isEqualTo(json("""
                {"properties":{
                   "file":{"type":"string","contentMediaType":"application/octet-stream","title":"File"},
                   "more":{"type":"array","items":{"type":"string","contentMediaType":"application/octet-stream"},
                           "title":"More"},
                   "note":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Note"}},
                 "type":"object","required":["file","more"],"title":"Body_files_files__post"}"""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void securitySchemesAreComponentsAndOperationsRequireThem() {
        Object document = json(document());
        assertThat(at(document, "components", "securitySchemes")).isEqualTo(json("""
                {"OAuth2PasswordBearer":{"type":"oauth2","flows":{"password":{
                    "scopes":{"me":"Read your profile"},"tokenUrl":"token"}}},
                 "APIKeyHeader":{"type":"apiKey","description":"A key from the admin page","in":"header","name":"x-key"},
                 "HTTPBasic":{"type":"http","scheme":"basic"},
                 "HTTPBearer":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}"""));
        assertThat(at(document, "paths", "/users/me", "get", "security")).isEqualTo(json("""
                [{"OAuth2PasswordBearer":[]},{"APIKeyHeader":[]}]"""));
        assertThat(at(document, "paths", "/basic", "get", "security")).isEqualTo(json("[{\"HTTPBasic\":[]}]"));
        assertThat((Map<String, Object>) at(document, "paths", "/login/", "post"))
                .doesNotContainKey("security");
        // Security providers read the request itself: no parameters, hence no 422.
        assertThat(at(document, "paths", "/basic", "get", "responses")).isEqualTo(json("""
                {"200":{"description":"Successful Response","content":{"application/json":{"schema":{
                  "$ref":"#/components/schemas/HttpBasicCredentials"}}}}}"""));
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes())
                .containsKeys("OAuth2PasswordBearer", "HTTPBasic", "APIKeyHeader", "HTTPBearer");
    }
}
