package io.orderstream.orderapi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * A real database whose statements fail on demand: every statement prepared while its SQL matches the current
 * failure fails with that failure's SQLState, as PostgreSQL or the driver would (a lost connection is {@code 08006}).
 */
public final class FailingDataSource {

    private final DataSource real;
    private volatile Predicate<String> failing = sql -> false;
    private volatile String sqlState = "08006";

    public FailingDataSource(DataSource real) {
        this.real = real;
    }

    /** Statements whose SQL contains {@code fragment} fail with {@code sqlState} from now on. */
    public FailingDataSource failStatements(String fragment, String sqlState) {
        this.sqlState = sqlState;
        this.failing = sql -> sql.contains(fragment);
        return this;
    }

    /** Every statement fails as if the connection were lost. */
    public FailingDataSource failEverything() {
        this.sqlState = "08006";
        this.failing = sql -> true;
        return this;
    }

    public FailingDataSource heal() {
        this.failing = sql -> false;
        return this;
    }

    public DataSource dataSource() {
        return proxy(DataSource.class, real, (target, method, args) -> {
            Object result = invoke(method, target, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
                    && failing.test(sql)) {
                throw new SQLException("failing on purpose: " + sql.strip().lines().findFirst().orElse(""), sqlState);
            }
            return invoke(method, target, args);
        });
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
