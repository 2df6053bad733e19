package io.orderstream.platform.serde;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a registry that cannot answer from a registry that answered "no such schema". Only a definite client
 * error (4xx other than 408 and 429) is the record's fault; a 5xx, a timeout or a failed connection is the
 * registry's, and transient.
 */
public final class RegistryFailures {

    private RegistryFailures() {
    }

    /** True when the failure, or any of its causes, is transient: retry the record, do not dead-letter it. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failed schema lookup was the registry's answer "not found / not valid" rather than an outage. */
    static boolean isDefiniteRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.microsoft.kiota.ApiException api) {
                int status = api.getResponseStatusCode();
                return status >= 400 && status < 500 && status != 408 && status != 429;
            }
        }
        return false;
    }
}
