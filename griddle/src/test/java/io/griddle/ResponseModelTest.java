package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Json;
import io.griddle.http.Response;
import io.griddle.test.TestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** @ResponseModel: conversion into the model, its filters, and results that do not fit (500). */
class ResponseModelTest {

    record Part(String name, @Default("1") int count) {}

    record Item(
            String name,
            Optional<String> note,
            @Default("10.5") double tax,
            @Default("[]") List<Part> parts) {}

    record Secret(String name, String password, Optional<String> note) {}

    static final class Items {
        @ResponseModel(Item.class)
        @Get("/converted")
        public Object converted() {
            return new Secret("a", "hunter2", Optional.of("n"));
        }

        @ResponseModel(value = Item.class, excludeUnset = true)
        @Get("/unset")
        public Object unset() {
            return Map.of("name", "a", "parts", List.of(Map.of("name", "p")));
        }

        @ResponseModel(value = Item.class, excludeDefaults = true)
        @Get("/defaults")
        public Object defaults() {
            return new Item("a", Optional.empty(), 10.5, List.of(new Part("p", 1), new Part("q", 2)));
        }

        @ResponseModel(excludeNone = true)
        @Get("/none")
        public Item none() {
            return new Item("a", Optional.empty(), 1, List.of());
        }

        @ResponseModel(
                value = Item.class,
                include = {"name", "tax"},
                exclude = "tax")
        @Get("/include")
        public Object include() {
            return Map.of("name", "a", "tax", 3);
        }

        @ResponseModel(Item.class)
        @Get("/broken")
        public Object broken() {
            Map<String, Object> result = new HashMap<>();
            result.put("name", 5);
            return result;
        }

        @ResponseModel(Item.class)
        @Get("/missing")
        public Object missing() {
            return Map.of("note", "no name");
        }
    }

    private static JsonNode get(TestClient client, String path) {
        var response = client.get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return Json.mapper().readTree(response.text());
    }

    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    @Test
    void resultsAreConvertedAndFiltered() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            assertThat(get(client, "/converted"))
                    .isEqualTo(tree("{\"name\":\"a\",\"note\":\"n\",\"tax\":10.5,\"parts\":[]}"));
            assertThat(get(client, "/unset")).isEqualTo(tree("{\"name\":\"a\",\"parts\":[{\"name\":\"p\"}]}"));
            assertThat(get(client, "/defaults"))
                    .isEqualTo(tree("{\"name\":\"a\",\"parts\":[{\"name\":\"p\"},{\"name\":\"q\",\"count\":2}]}"));
            assertThat(get(client, "/none")).isEqualTo(tree("{\"name\":\"a\",\"tax\":1.0,\"parts\":[]}"));
            assertThat(get(client, "/include")).isEqualTo(tree("{\"name\":\"a\"}"));
        }
    }

    @Test
    void aResultThatDoesNotFitTheModelIsAServerError() {
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            var broken = client.get("/broken");
            assertThat(broken.status()).isEqualTo(500);
            assertThat(broken.text()).isEqualTo("Internal Server Error");
            assertThat(client.get("/missing").status()).isEqualTo(500);
        }
    }

    @Test
    void theModelIsTheDocumentedResponseAndDefaultsAreNotRequired() {
        JsonNode document;
        try (TestClient client = TestClient.of(App.create().include(new Items()))) {
            document = Json.mapper().readTree(client.get("/openapi.json").text());
        }
        assertThat(document.path("paths")
                        .path("/converted")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema"))
                .isEqualTo(tree("{\"$ref\":\"#/components/schemas/Item\"}"));
        assertThat(document.path("components").path("schemas").path("Part")).isEqualTo(tree("""
                {"type":"object","properties":{"name":{"type":"string","title":"Name"},
                 "count":{"type":"integer","title":"Count","default":1}},"required":["name"],"title":"Part"}"""));
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Item")
                        .path("properties")
                        .path("parts"))
                .isEqualTo(tree("""
                        {"type":"array","items":{"$ref":"#/components/schemas/Part"},"title":"Parts","default":[]}"""));
    }

    static final class ResponseAsModel {
        @ResponseModel(Response.class)
        @Get("/portal")
        public Object portal() {
            return Map.of("message", "here");
        }
    }

    static final class DeclaredResponseAsModel {
        @ResponseModel
        @Get("/portal")
        public Optional<Response> portal() {
            return Optional.empty();
        }
    }

    static final class ResponseWithoutModel {
        @Get("/portal")
        public Object portal(@Query @Default("false") boolean teleport) {
            return teleport ? Response.redirect("/elsewhere") : Map.of("message", "here");
        }
    }

    @Test
    void aResponseCannotBeAModelAndIsRefusedAtStartup() {
        assertThatThrownBy(() -> App.create().include(new ResponseAsModel()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portal()")
                .hasMessageContaining("cannot be a response model")
                .hasMessageContaining("declares Response or Object without @ResponseModel");
        assertThatThrownBy(() -> App.create().include(new DeclaredResponseAsModel()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Optional<io.griddle.http.Response> cannot be a response model");
    }

    @Test
    void withoutAModelAHandlerMayReturnAResponseOrData() {
        try (TestClient client = TestClient.builder(App.create().include(new ResponseWithoutModel()))
                .followRedirects(false)
                .build()) {
            assertThat(get(client, "/portal")).isEqualTo(tree("{\"message\":\"here\"}"));
            var redirect = client.get("/portal?teleport=true");
            assertThat(redirect.status()).isEqualTo(307);
            assertThat(redirect.header("location")).isEqualTo("/elsewhere");
        }
    }
}
