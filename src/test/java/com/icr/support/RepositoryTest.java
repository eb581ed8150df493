package com.icr.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@code @DataJpaTest} of the app's repositories: JPA and Liquibase only, each test in
 * a transaction rolled back at its end. The schema is the app's own (Liquibase, validated
 * by Hibernate) on a private in-memory HSQLDB; with {@code -Ppostgres} (the
 * {@code postgres} profile, tag {@code persistence}) the database is the PostgreSQL
 * server of {@code application-postgres.yml}. Every class with this annotation shares one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("persistence")
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = RepositoryTest.Database.class)
public @interface RepositoryTest {

    /**
     * An in-memory HSQLDB of its own, unless the {@code postgres} profile names another
     * database.
     */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (Arrays.asList(context.getEnvironment().getActiveProfiles()).contains("postgres")) {
                return;
            }
            context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("icr-repository-test", Map.of("spring.datasource.url",
                        "jdbc:hsqldb:mem:repositories-" + UUID.randomUUID() + ";hsqldb.tx=mvcc")));
        }

    }

}
