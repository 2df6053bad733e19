package io.orderstream.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonMediaTypeTest {

    @Test
    void application_json_with_or_without_utf8_is_json() {
        assertThat(JsonMediaType.isJson(Optional.of("application/json"))).isTrue();
        assertThat(JsonMediaType.isJson(Optional.of("Application/JSON; charset=UTF-8"))).isTrue();
        assertThat(JsonMediaType.isJson(Optional.of("application/json;charset=\"utf-8\""))).isTrue();
        assertThat(JsonMediaType.isJson(Optional.of("application/merge-patch+json"))).isTrue();
    }

    @Test
    void a_missing_or_empty_content_type_is_not_json() {
        assertThat(JsonMediaType.isJson(Optional.empty())).isFalse();
        assertThat(JsonMediaType.isJson(Optional.of(""))).isFalse();
        assertThat(JsonMediaType.isJson(Optional.of(";"))).isFalse();
    }

    @Test
    void another_media_type_or_charset_is_not_json() {
        assertThat(JsonMediaType.isJson(Optional.of("text/plain"))).isFalse();
        assertThat(JsonMediaType.isJson(Optional.of("application/x-www-form-urlencoded"))).isFalse();
        assertThat(JsonMediaType.isJson(Optional.of("application/json; charset=iso-8859-1"))).isFalse();
        assertThat(JsonMediaType.isJson(Optional.of("application/jsonx"))).isFalse();
    }
}
