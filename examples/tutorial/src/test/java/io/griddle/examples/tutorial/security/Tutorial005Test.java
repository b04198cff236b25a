package io.griddle.examples.tutorial.security;

import static io.griddle.examples.tutorial.security.Tutorial001Test.assertNotAuthenticated;
import static io.griddle.examples.tutorial.security.Tutorial001Test.at;
import static io.griddle.examples.tutorial.security.Tutorial001Test.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FastAPI's tests/test_tutorial/test_security/test_tutorial005, as the specification. */
class Tutorial005Test {

    private final TestClient client = TestClient.of(Tutorial005.app());

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse login(String username, String password, String scope) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("username", username);
        data.put("password", password);
        if (scope != null) {
            data.put("scope", scope);
        }
        return client.request("POST", "/token").form(data).send();
    }

    // FastAPI's get_access_token: johndoe / secret unless told otherwise.
    private String getAccessToken(String scope) {
        return getAccessToken("johndoe", "secret", scope);
    }

    private String getAccessToken(String username, String password, String scope) {
        return (String) at(login(username, password, scope).json(), "access_token");
    }

    private TestResponse get(String path, String authorization) {
        return client.request("GET", path)
                .header("Authorization", authorization)
                .send();
    }

    private static void assertUnauthorized(TestResponse response, String detail, String challenge) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(Map.of("detail", detail));
        assertThat(response.header("WWW-Authenticate")).isEqualTo(challenge);
    }

    @Test
    void login() {
        TestResponse response = login("johndoe", "secret", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(at(response.json(), "access_token")).isInstanceOf(String.class);
        assertThat(at(response.json(), "token_type")).isEqualTo("bearer");
    }

    @Test
    void loginIncorrectPassword() {
        TestResponse response = login("johndoe", "incorrect", null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Incorrect username or password"));
    }

    @Test
    void loginIncorrectUsername() {
        TestResponse response = login("foo", "secret", null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Incorrect username or password"));
    }

    // As FastAPI's test: asks for /users/me and follows the 307 slash redirect to /users/me/.
    @Test
    void noToken() {
        assertNotAuthenticated(client.get("/users/me"), "Bearer");
    }

    @Test
    void token() {
        TestResponse response = get("/users/me", "Bearer " + getAccessToken("me"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {"username": "johndoe", "full_name": "John Doe", "email": "johndoe@example.com", "disabled": false}"""));
    }

    @Test
    void incorrectToken() {
        assertUnauthorized(
                get("/users/me", "Bearer nonexistent"), "Could not validate credentials", "Bearer scope=\"me\"");
    }

    @Test
    void incorrectTokenType() {
        assertNotAuthenticated(get("/users/me", "Notexistent testtoken"), "Bearer");
    }

    @Test
    void verifyPassword() {
        assertThat(Tutorial005.verifyPassword(
                        "secret", Tutorial005.FAKE_USERS_DB.get("johndoe").hashedPassword()))
                .isTrue();
    }

    @Test
    void getPasswordHash() {
        assertThat(Tutorial005.getPasswordHash("secretalice")).isNotEmpty();
    }

    @Test
    void createAccessToken() {
        assertThat(Tutorial005.createAccessToken(Map.of("data", "foo"), null)).isNotEmpty();
    }

    @Test
    void tokenNoSub() {
        assertUnauthorized(
                get(
                        "/users/me",
                        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkYXRhIjoiZm9vIn0"
                                + ".9ynBhuYb4e6aW3oJr_K_TBgwcMTDpRToQIE25L57rOE"),
                "Could not validate credentials",
                "Bearer scope=\"me\"");
    }

    @Test
    void tokenNoUsername() {
        assertUnauthorized(
                get(
                        "/users/me",
                        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmb28ifQ"
                                + ".NnExK_dlNAYyzACrXtXDrcWOgGY2JuPbI4eDaHdfK5Y"),
                "Could not validate credentials",
                "Bearer scope=\"me\"");
    }

    @Test
    void tokenNoScope() {
        assertUnauthorized(
                get("/users/me", "Bearer " + getAccessToken(null)), "Not enough permissions", "Bearer scope=\"me\"");
    }

    @Test
    void tokenNonexistentUser() {
        assertUnauthorized(
                get(
                        "/users/me",
                        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VybmFtZTpib2IifQ"
                                + ".HcfCW67Uda-0gz54ZWTqmtgJnZeNem0Q757eTa9EZuw"),
                "Could not validate credentials",
                "Bearer scope=\"me\"");
    }

    @Test
    void tokenInactiveUser() {
        TestResponse response = get("/users/me", "Bearer " + getAccessToken("alice", "secretalice", "me"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Inactive user"));
    }

    @Test
    void readItems() {
        TestResponse response = get("/users/me/items/", "Bearer " + getAccessToken("me items"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(List.of(Map.of("item_id", "Foo", "owner", "johndoe")));
    }

    // Not in FastAPI's test: the items route names both of its scopes when one is missing.
    @Test
    void readItemsWithoutTheItemsScope() {
        assertUnauthorized(
                get("/users/me/items/", "Bearer " + getAccessToken("me")),
                "Not enough permissions",
                "Bearer scope=\"items me\"");
    }

    @Test
    void readSystemStatus() {
        TestResponse response = get("/status/", "Bearer " + getAccessToken(null));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("status", "ok"));
    }

    @Test
    void readSystemStatusNoToken() {
        assertNotAuthenticated(client.get("/status/"), "Bearer");
    }

    // FastAPI's document with Griddle's differences: the title, and operationIds (and the form body's name) made
    // from the Java method names.
    @Test
    void openapiSchema() {
        TestResponse response = client.get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {
                  "openapi": "3.1.0",
                  "info": {"title": "Griddle", "version": "0.1.0"},
                  "paths": {
                    "/token": {
                      "post": {
                        "responses": {
                          "200": {"description": "Successful Response",
                                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}}},
                          "422": {"description": "Validation Error",
                                  "content": {"application/json": {
                                    "schema": {"$ref": "#/components/schemas/HTTPValidationError"}}}}
                        },
                        "summary": "Login For Access Token",
                        "operationId": "loginForAccessToken_token_post",
                        "requestBody": {
                          "content": {"application/x-www-form-urlencoded": {
                            "schema": {"$ref": "#/components/schemas/Body_loginForAccessToken_token_post"}}},
                          "required": true
                        }
                      }
                    },
                    "/users/me/": {
                      "get": {
                        "responses": {
                          "200": {"description": "Successful Response",
                                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}
                        },
                        "summary": "Read Users Me",
                        "operationId": "readUsersMe_users_me__get",
                        "security": [{"OAuth2PasswordBearer": ["me"]}]
                      }
                    },
                    "/users/me/items/": {
                      "get": {
                        "responses": {
                          "200": {"description": "Successful Response",
                                  "content": {"application/json": {"schema": {}}}}
                        },
                        "summary": "Read Own Items",
                        "operationId": "readOwnItems_users_me_items__get",
                        "security": [{"OAuth2PasswordBearer": ["items", "me"]}]
                      }
                    },
                    "/status/": {
                      "get": {
                        "responses": {
                          "200": {"description": "Successful Response",
                                  "content": {"application/json": {"schema": {}}}}
                        },
                        "summary": "Read System Status",
                        "operationId": "readSystemStatus_status__get",
                        "security": [{"OAuth2PasswordBearer": []}]
                      }
                    }
                  },
                  "components": {
                    "schemas": {
                      "User": {
                        "title": "User",
                        "required": ["username"],
                        "type": "object",
                        "properties": {
                          "username": {"title": "Username", "type": "string"},
                          "email": {"title": "Email", "anyOf": [{"type": "string"}, {"type": "null"}]},
                          "full_name": {"title": "Full Name", "anyOf": [{"type": "string"}, {"type": "null"}]},
                          "disabled": {"title": "Disabled", "anyOf": [{"type": "boolean"}, {"type": "null"}]}
                        }
                      },
                      "Token": {
                        "title": "Token",
                        "required": ["access_token", "token_type"],
                        "type": "object",
                        "properties": {
                          "access_token": {"title": "Access Token", "type": "string"},
                          "token_type": {"title": "Token Type", "type": "string"}
                        }
                      },
                      "Body_loginForAccessToken_token_post": {
                        "title": "Body_loginForAccessToken_token_post",
                        "required": ["username", "password"],
                        "type": "object",
                        "properties": {
                          "grant_type": {"title": "Grant Type",
                                         "anyOf": [{"pattern": "^password$", "type": "string"}, {"type": "null"}]},
                          "username": {"title": "Username", "type": "string"},
                          "password": {"title": "Password", "type": "string", "format": "password"},
                          "scope": {"title": "Scope", "type": "string", "default": ""},
                          "client_id": {"title": "Client Id", "anyOf": [{"type": "string"}, {"type": "null"}]},
                          "client_secret": {"title": "Client Secret", "anyOf": [{"type": "string"}, {"type": "null"}],
                                            "format": "password"}
                        }
                      },
                      "ValidationError": {
                        "title": "ValidationError",
                        "required": ["loc", "msg", "type"],
                        "type": "object",
                        "properties": {
                          "loc": {"title": "Location", "type": "array",
                                  "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                          "msg": {"title": "Message", "type": "string"},
                          "type": {"title": "Error Type", "type": "string"},
                          "input": {"title": "Input"},
                          "ctx": {"title": "Context", "type": "object"}
                        }
                      },
                      "HTTPValidationError": {
                        "title": "HTTPValidationError",
                        "type": "object",
                        "properties": {
                          "detail": {"title": "Detail", "type": "array",
                                     "items": {"$ref": "#/components/schemas/ValidationError"}}
                        }
                      }
                    },
                    "securitySchemes": {
                      "OAuth2PasswordBearer": {
                        "type": "oauth2",
                        "flows": {"password": {
                          "scopes": {"me": "Read information about the current user.", "items": "Read items."},
                          "tokenUrl": "token"}}
                      }
                    }
                  }
                }"""));
    }

    // Swagger UI's Authorize dialog lists the flow's scopes in this order.
    @Test
    @SuppressWarnings("unchecked")
    void theFlowsScopesKeepTheirOrder() {
        Object scopes = at(
                client.get("/openapi.json").json(),
                "components",
                "securitySchemes",
                "OAuth2PasswordBearer",
                "flows",
                "password",
                "scopes");
        assertThat(((Map<String, Object>) scopes).keySet()).containsExactly("me", "items");
    }
}
