package com.icr.web;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * HSQLDB keeps a compiled statement only while a JDBC statement of the same SQL is open
 * on the connection; JdbcTemplate and Hibernate close each statement after use, so every
 * query was parsed and planned again: an eighth of the app's CPU under webhook load. This
 * keeps one statement of each SQL open per pooled connection (at most
 * {@value #PER_CONNECTION}, least recently used out first), and HSQLDB reuses what it
 * compiled. Callers still get statements of their own; nothing else changes. PostgreSQL's
 * driver keeps its own prepared statements, so only an HSQLDB pool is given this.
 */
@Component
class HsqldbStatementCache implements BeanPostProcessor {

    static final int PER_CONNECTION = 250;

    private static final List<String> PREPARE = List.of("prepareStatement", "prepareCall");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:hsqldb:")) {
            // Hikari starts its pool at the first connection, after this: it then opens
            // them from this source.
            pool.setDataSource(new KeepingDataSource(new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(),
                    pool.getPassword() == null ? "" : pool.getPassword())));
        }
        return bean;
    }

    /** Hands out connections that keep their statements compiled. */
    private record KeepingDataSource(DataSource target) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return keeping(target.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return keeping(target.getConnection(username, password));
        }

        private static Connection keeping(Connection connection) {
            return (Connection) Proxy.newProxyInstance(HsqldbStatementCache.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, new Keeping(connection));
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return target.isWrapperFor(type);
        }
    }

    /**
     * One connection: before a statement is prepared the first time, one more of the same
     * kind is prepared and kept open, which is what makes HSQLDB keep the compiled form.
     * Used by one thread at a time (the pool's contract); closing the connection closes
     * what it kept.
     */
    private static final class Keeping implements InvocationHandler {

        private final Connection target;

        private final Map<List<Object>, Statement> kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Statement> eldest) {
                if (size() > PER_CONNECTION) {
                    closeQuietly(eldest.getValue());
                    return true;
                }
                return false;
            }
        };

        Keeping(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (PREPARE.contains(method.getName()) && args != null && args.length > 0 && args[0] instanceof String
                    && Arrays.stream(args).skip(1).allMatch(Integer.class::isInstance)) { // SQL
                                                                                          // and
                                                                                          // cursor/key
                                                                                          // flags:
                                                                                          // comparable
                                                                                          // keys
                keep(method, args);
            }
            else if (method.getName().equals("close") && (args == null || args.length == 0)) {
                synchronized (kept) {
                    kept.values().forEach(Keeping::closeQuietly);
                    kept.clear();
                }
            }
            try {
                return method.invoke(target, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void keep(Method method, Object[] args) {
            List<Object> key = new java.util.ArrayList<>(Arrays.asList(args));
            key.add(0, method.getName());
            synchronized (kept) {
                if (kept.get(key) != null) {
                    return;
                }
                try {
                    kept.put(List.copyOf(key), (Statement) method.invoke(target, args));
                }
                catch (ReflectiveOperationException | RuntimeException e) {
                    // not preparable ahead (the caller will see why): nothing kept
                }
            }
        }

        private static void closeQuietly(Statement statement) {
            try {
                statement.close();
            }
            catch (SQLException e) {
                // a closed connection took it with it
            }
        }

    }

}
