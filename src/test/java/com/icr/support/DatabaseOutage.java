package com.icr.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Lets a test take the database away, as an outage would: while it lasts, every new
 * connection fails the way Hikari's does when the server is gone. Installed on every test
 * context's DataSource by {@link TestEnvironment}; off unless a test starts it.
 */
public final class DatabaseOutage {

    private static volatile boolean down;

    private DatabaseOutage() {
    }

    public static void start() {
        down = true;
    }

    public static void end() {
        down = false;
    }

    static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            if (down) {
                                throw new SQLTransientConnectionException(
                                        "HikariPool-1 - Connection is not available (database outage in a test)");
                            }
                            return super.getConnection();
                        }

                        @Override
                        public Connection getConnection(String username, String password) throws SQLException {
                            if (down) {
                                throw new SQLTransientConnectionException("database outage in a test");
                            }
                            return super.getConnection(username, password);
                        }
                    };
                }
                return bean;
            }
        };
    }

}
