package io.orderstream.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher's commands work with.
 *
 * @param repositoryRoot where the service modules are; {@code bin/orderstream} passes it as {@code -Dorderstream.root}
 */
record LauncherEnvironment(LocalStackSettings settings, Path repositoryRoot, Map<String, String> variables) {

    static final String ROOT_PROPERTY = "orderstream.root";

    static LauncherEnvironment current() {
        Path root = Path.of(System.getProperty(ROOT_PROPERTY, "")).toAbsolutePath().normalize();
        return new LauncherEnvironment(LocalStackSettings.fromEnvironment(), root, System.getenv());
    }

    WorkDirectory workDirectory() {
        return new WorkDirectory(settings.workDir());
    }

    StateFile stateFile() {
        return new StateFile(settings.workDir());
    }

    /** Written by a second {@code up}: the supervisor then gives processes it gave up on a fresh start. */
    Path restartRequest() {
        return settings.workDir().resolve("run").resolve("restart.request");
    }

    Path supervisorLog() {
        return workDirectory().logFile("supervisor");
    }
}
