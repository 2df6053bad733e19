package io.orderstream.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One process of a running stack as the state file records it.
 *
 * @param health   {@code http://...} (healthy on 200) or {@code tcp://localhost:<port>} (healthy when listening)
 * @param marker   text on the process' command line that tells it from a stranger reusing its pid (empty: not checked)
 * @param restarts how often the supervisor started it again after it died
 */
record ComponentState(String name, long pid, int port, String url, String health, Path log, String marker, int restarts) {

    ComponentState(String name, long pid, int port, String url, String health, Path log) {
        this(name, pid, port, url, health, log, "", 0);
    }

    ComponentState withRestarts(int count) {
        return new ComponentState(name, pid, port, url, health, log, marker, count);
    }

    void writeTo(Properties properties) {
        properties.setProperty(key("pid"), Long.toString(pid));
        properties.setProperty(key("port"), Integer.toString(port));
        properties.setProperty(key("url"), url);
        properties.setProperty(key("health"), health);
        properties.setProperty(key("log"), log.toString());
        properties.setProperty(key("marker"), marker);
        properties.setProperty(key("restarts"), Integer.toString(restarts));
    }

    static ComponentState readFrom(Properties properties, String name) {
        return new ComponentState(name,
                Long.parseLong(properties.getProperty(key(name, "pid"), "-1")),
                Integer.parseInt(properties.getProperty(key(name, "port"), "0")),
                properties.getProperty(key(name, "url"), ""),
                properties.getProperty(key(name, "health"), ""),
                Path.of(properties.getProperty(key(name, "log"), "")),
                properties.getProperty(key(name, "marker"), ""),
                Integer.parseInt(properties.getProperty(key(name, "restarts"), "0")));
    }

    /** The recorded pid runs, and it is the process that was started (its command line carries the marker): pids get reused. */
    boolean isAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::carriesMarker).isPresent();
    }

    /** Alive, and its health check passes now. */
    boolean isHealthy() {
        URI uri = URI.create(health);
        HealthCheck check = "tcp".equals(uri.getScheme()) ? HealthCheck.tcpListening(uri.getPort()) : HealthCheck.httpOk(uri);
        return isAlive() && check.isHealthy();
    }

    /** Resident memory from /proc, in MiB; 0 when unknown. */
    long residentMegabytes() {
        return ProcessMemory.residentKilobytes(pid) / 1024;
    }

    private boolean carriesMarker(ProcessHandle process) {
        return marker.isEmpty() || process.info().commandLine().map(line -> (line + " ").contains(marker + " ")).orElse(false);
    }

    private String key(String field) {
        return key(name, field);
    }

    private static String key(String name, String field) {
        return "component." + name + "." + field;
    }
}
