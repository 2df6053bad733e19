package io.orderstream.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void a_port_in_use_is_refused_naming_the_port_and_the_variable_to_change() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> PortCheck.requireFree(port, "KAFKA_PORT"))
                    .isInstanceOf(PortCheck.PortInUseException.class)
                    .hasMessage("port " + port + " is in use; set KAFKA_PORT to another port");
        }
    }

    @Test
    void a_port_taken_on_the_loopback_address_only_counts_as_in_use() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThat(PortCheck.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void a_free_port_passes() {
        int port = PortCheck.freePorts(1)[0];

        assertThatCode(() -> PortCheck.requireFree(port, "KAFKA_PORT")).doesNotThrowAnyException();
    }

    @Test
    void free_ports_are_all_different() {
        assertThat(PortCheck.freePorts(10)).doesNotHaveDuplicates();
    }

    @Test
    void free_ports_lie_below_the_ephemeral_range_that_outgoing_connections_take_their_ports_from() {
        for (int port : PortCheck.freePorts(20)) {
            assertThat(port).isBetween(PortCheck.FIRST_TEST_PORT, PortCheck.LAST_TEST_PORT).isLessThan(32_768);
        }
    }
}
