package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostHeaderTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "example.com",
                "example.com:8000",
                "EXAMPLE.com:1",
                "127.0.0.1",
                "127.0.0.1:65535",
                "[::1]",
                "[::1]:8000",
                "[2001:db8::ff00:42:8329]",
                "[::ffff:192.0.2.1]:80",
                "[v1.fe80::a+en1]",
                "a-b.c_d~e",
                "xn--bcher-kva.example",
                "x:",
                "%41.example",
                "sub!$&'()*+,;=.example"
            })
    void hostsWithAnOptionalPortAreValid(String host) {
        assertThat(HostHeader.isValid(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil.example/x?",
                "good.example@evil.example",
                "evil.example?x",
                "evil.example#x",
                "a b",
                "a\tb",
                "x\\y",
                "x\"y",
                "[::1",
                "[zz]",
                "[]",
                "[::1]x",
                "[::1]:8a",
                "x:80a",
                "x:123456",
                "x:80:80",
                "http://x",
                "%4",
                "%zz",
                "é.example",
                "x\u0000",
                "x\r\ny"
            })
    void anythingElseIsNot(String host) {
        assertThat(HostHeader.isValid(host)).isFalse();
    }
}
