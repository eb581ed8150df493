package com.icr.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The app's persistence (Liquibase migrations, repositories, facades) against a real
 * database: HSQLDB in file mode in the default build, PostgreSQL when run with
 * {@code -Ppostgres} (the profile activates {@code application-postgres.yml} and runs
 * only the tests tagged {@code persistence}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("persistence")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = "icr.preview.enabled=false")
@ContextConfiguration(initializers = TestEnvironment.class)
@Import(TestClock.Configuration.class)
public @interface PersistenceTest {

}
