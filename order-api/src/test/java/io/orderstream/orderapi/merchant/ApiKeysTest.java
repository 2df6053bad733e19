package io.orderstream.orderapi.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void a_key_is_osk_and_32_random_bytes_in_base64url_without_padding() {
        String key = ApiKeys.generate();

        assertThat(key).startsWith("osk_").matches("osk_[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(key.substring(4))).hasSize(32);
    }

    @Test
    void every_key_is_another() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeys.generate());
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void a_key_is_stored_as_its_sha256_in_lower_case_hex() {
        // sha256("abc"), FIPS 180-2 test vector
        assertThat(ApiKeys.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_hash_never_contains_the_key() {
        String key = ApiKeys.generate();

        assertThat(ApiKeys.hash(key)).hasSize(64).doesNotContain(key.substring(4));
    }
}
