package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.test.TestClient;
import io.griddle.test.TestResponse;
import io.griddle.web.WebApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StaticFiles mounted in a WebApp, through the gateway: validators, 304, ranges, HTML mode, methods. */
class StaticFilesTest {

    @TempDir
    Path root;

    private Path site;
    private byte[] digits;

    @BeforeEach
    void files() throws Exception {
        site = Files.createDirectories(root.resolve("site"));
        Files.writeString(site.resolve("hello.txt"), "Hello, files!");
        digits = "0123456789".repeat(100).getBytes(StandardCharsets.US_ASCII);
        Files.write(site.resolve("digits.bin"), digits);
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/index.html"), "<h1>docs</h1>");
        Files.writeString(site.resolve("app.mjs"), "export {}");
    }

    private TestClient client(StaticFiles files) {
        return TestClient.of(new WebApp().mount("/static", files));
    }

    @Test
    void servesAFileWithItsTypeLengthAndValidators() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse response = client.get("/static/hello.txt");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("Hello, files!");
            assertThat(response.header("content-type")).isEqualTo("text/plain; charset=utf-8");
            assertThat(response.header("content-length")).isEqualTo("13");
            assertThat(response.header("accept-ranges")).isEqualTo("bytes");
            assertThat(response.header("etag")).matches("\"[0-9a-f]+-d\"");
            assertThat(response.header("last-modified")).endsWith(" GMT");
            assertThat(client.get("/static/app.mjs").header("content-type"))
                    .isEqualTo("text/javascript; charset=utf-8");
        }
    }

    @Test
    void missingFilesAndDirectoriesAre404AndOtherMethods405() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse missing = client.get("/static/nothing.txt");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json()).isEqualTo(Map.of("detail", "Not Found"));
            assertThat(client.get("/static/docs").status()).isEqualTo(404); // not in html mode
            assertThat(client.get("/static/").status()).isEqualTo(404);
            TestResponse post = client.request("POST", "/static/hello.txt").send();
            assertThat(post.status()).isEqualTo(405);
            assertThat(post.header("allow")).isEqualTo("GET, HEAD");
        }
    }

    @Test
    void headSendsTheHeadersOnly() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse head = client.head("/static/digits.bin");
            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("content-length")).isEqualTo("1000");
            assertThat(head.bytes()).isEmpty();
        }
    }

    @Test
    void notModifiedForAMatchingEtagOrDate() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse first = client.get("/static/hello.txt");
            String etag = first.header("etag");
            TestResponse again = client.request("GET", "/static/hello.txt")
                    .header("if-none-match", etag)
                    .send();
            assertThat(again.status()).isEqualTo(304);
            assertThat(again.bytes()).isEmpty();
            assertThat(again.header("etag")).isEqualTo(etag);
            assertThat(again.header("content-type")).isNull();
            assertThat(client.request("GET", "/static/hello.txt")
                            .header("if-modified-since", first.header("last-modified"))
                            .send()
                            .status())
                    .isEqualTo(304);
            assertThat(client.request("GET", "/static/hello.txt")
                            .header("if-none-match", "\"stale\"")
                            .send()
                            .status())
                    .isEqualTo(200);
            assertThat(client.request("GET", "/static/hello.txt")
                            .header("if-modified-since", "Thu, 01 Jan 1970 00:00:00 GMT")
                            .send()
                            .text())
                    .isEqualTo("Hello, files!");
        }
    }

    @Test
    void aChangedFileGetsANewEtag() throws Exception {
        try (TestClient client = client(StaticFiles.directory(site))) {
            String before = client.get("/static/hello.txt").header("etag");
            Files.writeString(site.resolve("hello.txt"), "Hello again, files!");
            TestResponse after = client.request("GET", "/static/hello.txt")
                    .header("if-none-match", before)
                    .send();
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.text()).isEqualTo("Hello again, files!");
            assertThat(after.header("etag")).isNotEqualTo(before);
        }
    }

    @Test
    void aSmallFileKeptInMemoryIsReadAgainWhenItsSizeOrTimeChanges() throws Exception {
        Path hello = site.resolve("hello.txt");
        try (TestClient client = client(StaticFiles.directory(site))) {
            assertThat(client.get("/static/hello.txt").text()).isEqualTo("Hello, files!");
            // the same size, a later time: read again
            Files.writeString(hello, "Hello, FILES!");
            Files.setLastModifiedTime(
                    hello,
                    java.nio.file.attribute.FileTime.fromMillis(
                            Files.getLastModifiedTime(hello).toMillis() + 5_000));
            assertThat(client.get("/static/hello.txt").text()).isEqualTo("Hello, FILES!");
            // another size
            Files.writeString(hello, "Hi");
            TestResponse shorter = client.get("/static/hello.txt");
            assertThat(shorter.text()).isEqualTo("Hi");
            assertThat(shorter.header("content-length")).isEqualTo("2");
            // gone
            Files.delete(hello);
            assertThat(client.get("/static/hello.txt").status()).isEqualTo(404);
        }
    }

    @Test
    void aFileOverTheMemoryLimitIsSentFromDiskWithRangesToo() throws Exception {
        byte[] big = new byte[DirectorySource.KEEP_LIMIT + 1];
        new java.util.Random(3).nextBytes(big);
        Files.write(site.resolve("big.bin"), big);
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse whole = client.get("/static/big.bin");
            assertThat(whole.status()).isEqualTo(200);
            assertThat(whole.bytes()).isEqualTo(big);
            TestResponse part = client.request("GET", "/static/big.bin")
                    .header("range", "bytes=16380-16384")
                    .send();
            assertThat(part.status()).isEqualTo(206);
            assertThat(part.bytes()).isEqualTo(java.util.Arrays.copyOfRange(big, 16380, 16385));
        }
    }

    @Test
    void aSingleRangeIs206WithContentRange() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse part = client.request("GET", "/static/digits.bin")
                    .header("range", "bytes=10-19")
                    .send();
            assertThat(part.status()).isEqualTo(206);
            assertThat(part.header("content-range")).isEqualTo("bytes 10-19/1000");
            assertThat(part.header("content-length")).isEqualTo("10");
            assertThat(part.text()).isEqualTo("0123456789");
            TestResponse tail = client.request("GET", "/static/digits.bin")
                    .header("range", "bytes=-3")
                    .send();
            assertThat(tail.header("content-range")).isEqualTo("bytes 997-999/1000");
            assertThat(tail.text()).isEqualTo("789");
        }
    }

    @Test
    void severalRangesAreMultipartByteranges() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse parts = client.request("GET", "/static/digits.bin")
                    .header("range", "bytes=0-1, 995-")
                    .send();
            assertThat(parts.status()).isEqualTo(206);
            String type = parts.header("content-type");
            assertThat(type).startsWith("multipart/byteranges; boundary=");
            String boundary = type.substring(type.indexOf('=') + 1);
            String expected = "--" + boundary + "\r\n"
                    + "content-type: application/octet-stream\r\n"
                    + "content-range: bytes 0-1/1000\r\n\r\n"
                    + "01"
                    + "\r\n--" + boundary + "\r\n"
                    + "content-type: application/octet-stream\r\n"
                    + "content-range: bytes 995-999/1000\r\n\r\n"
                    + "56789"
                    + "\r\n--" + boundary + "--\r\n";
            assertThat(parts.text()).isEqualTo(expected);
            assertThat(parts.header("content-length")).isEqualTo(Integer.toString(expected.length()));
        }
    }

    @Test
    void unsatisfiableAndMalformedRanges() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            TestResponse beyond = client.request("GET", "/static/digits.bin")
                    .header("range", "bytes=1000-")
                    .send();
            assertThat(beyond.status()).isEqualTo(416);
            assertThat(beyond.header("content-range")).isEqualTo("bytes */1000");
            TestResponse malformed = client.request("GET", "/static/digits.bin")
                    .header("range", "bytes=9-1")
                    .send();
            assertThat(malformed.status()).isEqualTo(400);
        }
    }

    @Test
    void ifRangeWithAStaleValidatorSendsTheWholeFile() {
        try (TestClient client = client(StaticFiles.directory(site))) {
            String etag = client.get("/static/digits.bin").header("etag");
            TestResponse current = client.request("GET", "/static/digits.bin")
                    .header("range", "bytes=0-4")
                    .header("if-range", etag)
                    .send();
            assertThat(current.status()).isEqualTo(206);
            assertThat(current.text()).isEqualTo("01234");
            TestResponse stale = client.request("GET", "/static/digits.bin")
                    .header("range", "bytes=0-4")
                    .header("if-range", "\"stale\"")
                    .send();
            assertThat(stale.status()).isEqualTo(200);
            assertThat(stale.bytes()).isEqualTo(digits);
        }
    }

    @Test
    void htmlModeServesIndexRedirectsDirectoriesAndUses404Html() throws Exception {
        try (TestClient client = TestClient.builder(
                        new WebApp().mount("/site", StaticFiles.directory(site).html(true)))
                .followRedirects(false)
                .build()) {
            TestResponse redirect = client.get("/site/docs?x=1");
            assertThat(redirect.status()).isEqualTo(307);
            assertThat(redirect.header("location")).isEqualTo("/site/docs/?x=1");
            TestResponse index = client.get("/site/docs/");
            assertThat(index.text()).isEqualTo("<h1>docs</h1>");
            assertThat(index.header("content-type")).isEqualTo("text/html; charset=utf-8");
            assertThat(client.get("/site/nothing").status()).isEqualTo(404); // no 404.html yet
            Files.writeString(site.resolve("404.html"), "<p>lost</p>");
            TestResponse lost = client.get("/site/nothing");
            assertThat(lost.status()).isEqualTo(404);
            assertThat(lost.text()).isEqualTo("<p>lost</p>");
        }
    }

    @Test
    void aMissingDirectoryFailsStartupUnlessUnchecked() {
        Path absent = root.resolve("absent");
        assertThatThrownBy(() -> client(StaticFiles.directory(absent)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("application startup failed");
        try (TestClient client = client(StaticFiles.directory(absent).checkDir(false))) {
            assertThat(client.get("/static/x").status()).isEqualTo(404);
        }
    }

    @Test
    void classPathFoldersServeFromTheClassPath() {
        try (TestClient client = client(StaticFiles.classpath("static-test"))) {
            TestResponse css = client.get("/static/css/site.css");
            assertThat(css.status()).isEqualTo(200);
            assertThat(css.text()).isEqualTo("body { color: teal; }\n");
            assertThat(css.header("content-type")).isEqualTo("text/css; charset=utf-8");
            assertThat(css.header("etag")).isNotNull();
            assertThat(client.get("/static/css/missing.css").status()).isEqualTo(404);
            assertThat(client.get("/static/../static-test/css/site.css").status())
                    .isEqualTo(404);
        }
    }

    @Test
    void classPathResourcesInsideAJarAreReadAsBytes() throws Exception {
        Path jar = root.resolve("assets.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("public/"));
            out.closeEntry();
            out.putNextEntry(new java.util.jar.JarEntry("public/app.js"));
            out.write("console.log('jar');".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (var loader = new java.net.URLClassLoader(
                        new java.net.URL[] {jar.toUri().toURL()}, null);
                TestClient client = client(StaticFiles.classpath(loader, "public"))) {
            TestResponse script = client.get("/static/app.js");
            assertThat(script.status()).isEqualTo(200);
            assertThat(script.text()).isEqualTo("console.log('jar');");
            assertThat(script.header("content-type")).isEqualTo("text/javascript; charset=utf-8");
            TestResponse part = client.request("GET", "/static/app.js")
                    .header("range", "bytes=8-10")
                    .send();
            assertThat(part.status()).isEqualTo(206);
            assertThat(part.text()).isEqualTo("log");
            assertThat(part.header("content-range")).isEqualTo("bytes 8-10/19");
            TestResponse parts = client.request("GET", "/static/app.js")
                    .header("range", "bytes=0-6,-4")
                    .send();
            String boundary = parts.header("content-type").substring("multipart/byteranges; boundary=".length());
            assertThat(parts.text())
                    .isEqualTo("--" + boundary + "\r\ncontent-type: text/javascript; charset=utf-8\r\n"
                            + "content-range: bytes 0-6/19\r\n\r\nconsole"
                            + "\r\n--" + boundary + "\r\ncontent-type: text/javascript; charset=utf-8\r\n"
                            + "content-range: bytes 15-18/19\r\n\r\nr');"
                            + "\r\n--" + boundary + "--\r\n");
            assertThat(parts.header("content-length")).isEqualTo(Integer.toString(parts.bytes().length));
            assertThat(client.request("GET", "/static/app.js")
                            .header("range", "bytes=19-")
                            .send()
                            .header("content-range"))
                    .isEqualTo("bytes */19");
            String etag = script.header("etag");
            assertThat(client.request("GET", "/static/app.js")
                            .header("if-none-match", etag)
                            .send()
                            .status())
                    .isEqualTo(304);
            assertThat(client.get("/static/other.js").status()).isEqualTo(404);
        }
    }
}
