package io.griddle.server.http1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseHeaderNamesTest {

    @Test
    void aNameIsCheckedOnceAndThenTheSameAsciiStringComesBack() {
        AsciiString first = ResponseHeaderNames.of("x-request-" + "id"); // not a compile-time constant
        assertThat(first.toString()).isEqualTo("x-request-id");
        assertThat((Object) ResponseHeaderNames.of(new String("x-request-id"))).isSameAs(first);
    }

    @Test
    void everyTokenCharacterIsAllowed() {
        String all = "!#$%&'*+-.^_`|~09azAZ";
        assertThat(ResponseHeaderNames.of(all).toString()).isEqualTo(all);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "bad name", "bad:name", "bad\r\nname", "bad\u0000", "caf\u00e9", "\u016bk", "a(b)", "a\"b"})
    void aNameThatIsNotATokenIsRefused(String name) {
        assertThatThrownBy(() -> ResponseHeaderNames.of(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreStillCheckedAsTheyAreAdded() {
        HttpHeaders headers = ResponseHeaderNames.newHeaders();
        AsciiString name = ResponseHeaderNames.of("x-note");
        assertThatThrownBy(() -> headers.add(name, "one\r\nset-cookie: evil=1"))
                .isInstanceOf(IllegalArgumentException.class);
        headers.add(name, "fine");
        assertThat(headers.get("x-note")).isEqualTo("fine");
    }
}
