package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfrastructureChoiceTest {

    @Test
    void local_processes_are_the_default_and_need_no_notice() {
        assertThat(InfrastructureChoice.fallbackNotice(Map.of(), host -> false)).isEmpty();
    }

    @Test
    void containers_without_docker_fall_back_to_local_processes_saying_why() {
        var notice = InfrastructureChoice.fallbackNotice(Map.of("ORDERSTREAM_INFRA", "containers"), host -> false);

        assertThat(notice).hasValueSatisfying(text -> assertThat(text)
                .contains("ORDERSTREAM_INFRA=containers needs Docker; none found")
                .contains("using local processes"));
    }

    @Test
    void containers_with_docker_still_use_local_processes_saying_so() {
        var notice = InfrastructureChoice.fallbackNotice(Map.of("ORDERSTREAM_INFRA", "containers"), host -> true);

        assertThat(notice).hasValueSatisfying(text -> assertThat(text).contains("using local processes"));
    }

    @Test
    void a_docker_host_without_a_socket_does_not_answer(@TempDir Path directory) {
        assertThat(InfrastructureChoice.dockerAnswers("unix://" + directory.resolve("docker.sock"))).isFalse();
    }
}
