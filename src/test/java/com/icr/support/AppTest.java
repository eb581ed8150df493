package com.icr.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app on a random port, with its own HSQLDB file database, trusting the test
 * {@link KeyServer} for signed installs. Every class with this annotation shares one
 * running app (Spring's context cache).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "addon.base-url=http://localhost:${local.server.port}", "icr.preview.enabled=true",
                "icr.web.frame-ancestors=http://127.0.0.1:*" })
@ContextConfiguration(initializers = TestEnvironment.class)
@Import(TestClock.Configuration.class)
public @interface AppTest {

}
