package io.griddle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.http.Json;
import io.griddle.test.Multipart;
import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** @Form and @File parameters: urlencoded and multipart bodies, FastAPI's 422s and 400s. */
class FormsTest {

    record Login(String username, String password) {}

    record Filter(int limit, List<String> tags, Optional<Boolean> archived) {}

    /** A provider reading form fields: its fields join the route's form. */
    static final class Credentials {
        String provide(@Form String user, @Form @Default("guest") String role) {
            return user + "/" + role;
        }
    }

    @SuppressWarnings("unused")
    static final class Forms {
        @Post("/login/")
        Map<String, String> login(@Form String username, @Form String password) {
            return Map.of("username", username);
        }

        @Post("/fields")
        Map<String, Object> fields(
                @Form int count,
                @Form @Size(min = 3) String name,
                @Form Optional<String> note,
                @Form @Default("x") String mode,
                @Form List<Integer> ids) {
            return Map.of("count", count, "name", name, "note", note.orElse("none"), "mode", mode, "ids", ids);
        }

        @Post("/model")
        Login model(@Form Login login) {
            return login;
        }

        @Post("/filter")
        Filter filter(@Form Filter filter) {
            return filter;
        }

        @Post("/async")
        CompletionStage<Map<String, String>> async(@Form String username) {
            return CompletableFuture.completedFuture(Map.of("username", username));
        }

        @Post("/files/")
        Map<String, Object> file(@File byte[] file) {
            return Map.of("file_size", file.length);
        }

        @Post("/uploadfile/")
        Map<String, Object> upload(@File UploadFile file, @Form Optional<String> token) {
            return Map.of(
                    "filename",
                    file.filename(),
                    "type",
                    file.contentType(),
                    "size",
                    file.size(),
                    "text",
                    file.text(),
                    "token",
                    token.orElse("-"));
        }

        @Post("/uploadfiles/")
        Map<String, Object> uploads(@File List<UploadFile> files) {
            return Map.of("filenames", files.stream().map(UploadFile::filename).toList());
        }

        @Post("/maybe-file")
        Map<String, Object> maybe(@File Optional<UploadFile> file) {
            return Map.of("present", file.isPresent());
        }

        @Post("/who")
        Map<String, Object> who(@Depends(Credentials.class) String who, @Form int age) {
            return Map.of("who", who, "age", age);
        }
    }

    private final TestClient client = TestClient.of(App.create().include(new Forms()));

    @AfterEach
    void close() {
        client.close();
    }

    private TestResponse form(String path, Map<String, ?> fields) {
        return client.request("POST", path).form(fields).send();
    }

    private TestResponse multipart(String path, Multipart parts) {
        return client.request("POST", path).multipart(parts).send();
    }

    private static Object json(String text) {
        return Json.read(text.getBytes(StandardCharsets.UTF_8), Object.class);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void urlencodedFieldsBind() {
        TestResponse response = form("/login/", Map.of("username", "Foo", "password", "secret"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("username", "Foo"));
    }

    @Test
    void missingFieldsAre422InTheBody() {
        TestResponse response = form("/login/", Map.of("username", "Foo"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}"""));
    }

    @Test
    void anEmptyFieldCountsAsMissing() {
        TestResponse response = form("/login/", Map.of("username", "Foo", "password", ""));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}"""));
    }

    @Test
    void aJsonBodyLeavesEveryFormFieldMissing() {
        TestResponse response = client.post("/login/", Map.of("username", "Foo", "password", "secret"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":null},
                           {"type":"missing","loc":["body","password"],"msg":"Field required","input":null}]}"""));
        TestResponse empty = client.request("POST", "/login/").send();
        assertThat(empty.json()).isEqualTo(response.json());
    }

    @Test
    void fieldsConvertCheckAndDefault() {
        TestResponse response = form("/fields", Map.of("count", "3", "name", "abcd", "ids", List.of("1", "2")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {"count":3,"name":"abcd","note":"none","mode":"x","ids":[1,2]}"""));

        TestResponse bad = form("/fields", Map.of("count", "three", "name", "ab", "ids", List.of("1", "z")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json()).isEqualTo(json("""
                {"detail":[
                 {"type":"int_parsing","loc":["body","count"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"three"},
                 {"type":"string_too_short","loc":["body","name"],
                  "msg":"String should have at least 3 characters","input":"ab","ctx":{"min_length":3}},
                 {"type":"int_parsing","loc":["body","ids",1],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"z"}]}"""));
    }

    @Test
    void aRecordIsAFormModel() {
        TestResponse response = form("/model", Map.of("username", "Foo", "password", "secret", "extra", "x"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("username", "Foo", "password", "secret"));

        TestResponse missing = form("/model", Map.of("username", "Foo"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","password"],"msg":"Field required",
                            "input":{"username":"Foo"}}]}"""));

        TestResponse none = client.request("POST", "/model").send();
        assertThat(none.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","username"],"msg":"Field required","input":{}},
                           {"type":"missing","loc":["body","password"],"msg":"Field required","input":{}}]}"""));
    }

    @Test
    void aFormModelConvertsTextToItsTypes() {
        TestResponse response = form("/filter", Map.of("limit", "5", "tags", List.of("a", "b"), "archived", "yes"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {"limit":5,"tags":["a","b"],"archived":true}"""));

        TestResponse bad = form("/filter", Map.of("limit", "many"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json()).isEqualTo(json("""
                {"detail":[{"type":"int_parsing","loc":["body","limit"],
                  "msg":"Input should be a valid integer, unable to parse string as an integer","input":"many"},
                 {"type":"missing","loc":["body","tags"],"msg":"Field required","input":{"limit":"many"}}]}"""));
    }

    @Test
    void asyncHandlersReadFormsToo() {
        TestResponse response = form("/async", Map.of("username", "Foo"));
        assertThat(response.json()).isEqualTo(Map.of("username", "Foo"));
    }

    @Test
    void multipartFieldsAndFilesBind() {
        TestResponse response = multipart(
                "/uploadfile/",
                Multipart.create()
                        .field("token", "abc")
                        .file("file", "notes.txt", "text/plain", utf8("héllo\r\nworld")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("""
                {"filename":"notes.txt","type":"text/plain","size":13,"text":"héllo\\r\\nworld","token":"abc"}"""));
    }

    @Test
    void filesAsBytesKeepEveryByte() {
        byte[] binary = new byte[70_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        TestResponse response =
                multipart("/files/", Multipart.create().file("file", "blob.bin", "application/octet-stream", binary));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("file_size", 70_000));
    }

    @Test
    void severalFilesUnderOneName() {
        TestResponse response = multipart(
                "/uploadfiles/",
                Multipart.create()
                        .file("files", "a.txt", "text/plain", utf8("a"))
                        .file("files", "b.txt", "text/plain", utf8("bb")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("filenames", List.of("a.txt", "b.txt")));
    }

    @Test
    void aMissingFileIs422AndAnOptionalOneIsEmpty() {
        TestResponse response = multipart("/files/", Multipart.create().field("other", "x"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","file"],"msg":"Field required","input":null}]}"""));

        assertThat(multipart("/maybe-file", Multipart.create().field("other", "x"))
                        .json())
                .isEqualTo(Map.of("present", false));
        assertThat(multipart("/maybe-file", Multipart.create().file("file", "a", "text/plain", utf8("a")))
                        .json())
                .isEqualTo(Map.of("present", true));
    }

    @Test
    void textWhereAnUploadFileIsExpectedIsAValueError() {
        TestResponse response = multipart("/uploadfiles/", Multipart.create().field("files", "just text"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json()).isEqualTo(json("""
                {"detail":[{"type":"value_error","loc":["body","files",0],
                  "msg":"Value error, Expected UploadFile, received: <class 'str'>","input":"just text",
                  "ctx":{"error":{}}}]}"""));
    }

    @Test
    void malformedMultipartIs400() {
        TestResponse noBoundary = client.request("POST", "/files/")
                .body(utf8("--x\r\n"), "multipart/form-data")
                .send();
        assertThat(noBoundary.status()).isEqualTo(400);
        assertThat(noBoundary.json()).isEqualTo(Map.of("detail", "Missing boundary in multipart."));

        byte[] cut = Multipart.create()
                .file("file", "a.txt", "text/plain", utf8("abc"))
                .bytes();
        byte[] truncated = java.util.Arrays.copyOf(cut, cut.length - 20);
        TestResponse broken = client.request("POST", "/files/")
                .body(truncated, Multipart.create().contentType())
                .send();
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json()).isEqualTo(Map.of("detail", "There was an error parsing the body"));
    }

    @Test
    void tooManyFieldsIs400() {
        Multipart parts = Multipart.create();
        for (int i = 0; i <= 1000; i++) {
            parts.field("f" + i, "v");
        }
        TestResponse response = multipart("/login/", parts);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Map.of("detail", "Too many fields. Maximum number of fields is 1000."));
    }

    @Test
    void providersReadFormFieldsOfTheSameBody() {
        TestResponse response = form("/who", Map.of("user", "ann", "age", "30"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(Map.of("who", "ann/guest", "age", 30));

        TestResponse missing = form("/who", Map.of());
        assertThat(missing.json()).isEqualTo(json("""
                {"detail":[{"type":"missing","loc":["body","user"],"msg":"Field required","input":null},
                           {"type":"missing","loc":["body","age"],"msg":"Field required","input":null}]}"""));
    }

    @SuppressWarnings("unused")
    static final class Mixed {
        @Post("/mixed")
        String mixed(@Body Login login, @Form String other) {
            return other;
        }
    }

    @Test
    void aRouteCannotReadJsonAndAForm() {
        assertThatThrownBy(() -> App.create().include(new Mixed()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("as JSON (@Body) and as a form");
    }
}
