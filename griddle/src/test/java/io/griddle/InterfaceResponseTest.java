package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Json;
import io.griddle.test.TestClient;
import jakarta.validation.constraints.Email;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An interface as the declared return type: records implementing it are sent with its properties only. */
class InterfaceResponseTest {

    interface Named {
        String name();
    }

    interface Account extends Named {
        @Email
        String email();

        Optional<String> note();

        default String greeting() {
            return "hello " + name();
        }
    }

    record NewAccount(String name, @Email String email, Optional<String> note, String password, List<String> roles)
            implements Account {}

    // Nested interfaces: each level sends only its own interface's properties.
    interface Team {
        String title();

        Named lead();

        List<Named> members();

        Optional<Team> parent();

        java.util.Map<String, Named> byRole();
    }

    record Member(String name, String password) implements Named {}

    record NewTeam(
            String title,
            Member lead,
            List<Named> members,
            Optional<Team> parent,
            java.util.Map<String, Named> byRole,
            String secret)
            implements Team {}

    static final class Teams {
        @Get("/teams")
        public Team team() {
            NewTeam parent = new NewTeam(
                    "kitchen", new Member("bo", "p1"), List.of(), Optional.empty(), java.util.Map.of(), "s1");
            java.util.Map<String, Named> byRole = new java.util.LinkedHashMap<>();
            byRole.put("grill", new Member("cy", "p2"));
            byRole.put("fryer", null);
            return new NewTeam(
                    "burgers",
                    new Member("ann", "p3"),
                    java.util.Arrays.asList(new Member("di", "p4"), null),
                    Optional.of(parent),
                    byRole,
                    "s2");
        }
    }

    static final class Accounts {
        @Post("/accounts")
        public Account create(@Body NewAccount account) {
            return account;
        }

        @Get("/accounts/none")
        public Account none() {
            return null;
        }
    }

    static final class ModelOnInterface {
        @ResponseModel(Account.class)
        @Get("/accounts")
        public Object list() {
            return null;
        }
    }

    @Test
    void onlyTheInterfacesPropertiesAreSentInherited() {
        try (TestClient client = TestClient.of(App.create().include(new Accounts()))) {
            var response = client.post(
                    "/accounts",
                    java.util.Map.of(
                            "name",
                            "ann",
                            "email",
                            "ann@example.com",
                            "password",
                            "secret",
                            "roles",
                            List.of("admin")));
            assertThat(response.status()).isEqualTo(200);
            // Inherited properties first, then the interface's own, in source order; no password, no roles.
            assertThat(response.text()).isEqualTo("{\"name\":\"ann\",\"email\":\"ann@example.com\",\"note\":null}");
            assertThat(client.get("/accounts/none").text()).isEqualTo("null");
        }
    }

    @Test
    void nestedInterfacesAreFilteredAtEveryLevel() {
        try (TestClient client = TestClient.of(App.create().include(new Teams()))) {
            assertThat(client.get("/teams").text())
                    .isEqualTo("{\"title\":\"burgers\",\"lead\":{\"name\":\"ann\"},"
                            + "\"members\":[{\"name\":\"di\"},null],"
                            + "\"parent\":{\"title\":\"kitchen\",\"lead\":{\"name\":\"bo\"},\"members\":[],\"parent\":null,"
                            + "\"byRole\":{}},\"byRole\":{\"grill\":{\"name\":\"cy\"},\"fryer\":null}}");
        }
    }

    @Test
    void theInterfaceIsDocumentedAsANamedSchema() {
        JsonNode document;
        try (TestClient client = TestClient.of(App.create().include(new Accounts()))) {
            document = Json.mapper().readTree(client.get("/openapi.json").text());
        }
        assertThat(document.path("paths")
                        .path("/accounts")
                        .path("post")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(Json.mapper().readTree("{\"$ref\":\"#/components/schemas/Account\"}"));
        assertThat(document.path("components").path("schemas").path("Account"))
                .isEqualTo(Json.mapper().readTree("""
                {"type":"object","properties":{
                   "name":{"type":"string","title":"Name"},
                   "email":{"type":"string","format":"email","title":"Email"},
                   "note":{"anyOf":[{"type":"string"},{"type":"null"}],"title":"Note"}},
                 "required":["name","email"],"title":"Account"}"""));
        assertThat(document.path("components")
                        .path("schemas")
                        .path("NewAccount")
                        .path("required"))
                .isEqualTo(Json.mapper().readTree("[\"name\",\"email\",\"password\",\"roles\"]"));
    }

    @Test
    void anInterfaceIsNotAResponseModel() {
        assertThatThrownBy(() -> App.create().include(new ModelOnInterface()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@ResponseModel needs a record; the interface Account");
    }
}
