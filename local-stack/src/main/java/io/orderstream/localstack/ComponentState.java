package io.orderstream.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One process of a running stack as the state file records it.
 *
 * @param health {@code http://...} (healthy on 200) or {@code tcp://localhost:<port>} (healthy when listening)
 */
record ComponentState(String name, long pid, int port, String url, String health, Path log) {

    void writeTo(Properties properties) {
        properties.setProperty(key("pid"), Long.toString(pid));
        properties.setProperty(key("port"), Integer.toString(port));
        properties.setProperty(key("url"), url);
        properties.setProperty(key("health"), health);
        properties.setProperty(key("log"), log.toString());
    }

    static ComponentState readFrom(Properties properties, String name) {
        return new ComponentState(name,
                Long.parseLong(properties.getProperty(key(name, "pid"), "-1")),
                Integer.parseInt(properties.getProperty(key(name, "port"), "0")),
                properties.getProperty(key(name, "url"), ""),
                properties.getProperty(key(name, "health"), ""),
                Path.of(properties.getProperty(key(name, "log"), "")));
    }

    boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    boolean isHealthy() {
        URI uri = URI.create(health);
        HealthCheck check = "tcp".equals(uri.getScheme()) ? HealthCheck.tcpListening(uri.getPort()) : HealthCheck.httpOk(uri);
        return isAlive() && check.isHealthy();
    }

    /** Resident memory from /proc, in MiB; 0 when unknown. */
    long residentMegabytes() {
        return ProcessMemory.residentKilobytes(pid) / 1024;
    }

    private String key(String field) {
        return key(name, field);
    }

    private static String key(String name, String field) {
        return "component." + name + "." + field;
    }
}
