package io.orderstream.orderapi;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;

/** Resources in the order they were opened, closed in reverse; a failing close does not stop the others. */
final class ClosingStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ClosingStack.class.getName());

    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    synchronized <T extends AutoCloseable> T push(T resource) {
        open.push(resource);
        return resource;
    }

    /** Closes each resource once, however often it is called (a shutdown hook and a caller may both do). */
    @Override
    public synchronized void close() {
        while (!open.isEmpty()) {
            AutoCloseable resource = open.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "failed to close " + resource, e);
            }
        }
    }
}
