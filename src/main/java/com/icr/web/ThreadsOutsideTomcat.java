package com.icr.web;

import java.util.Set;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;
import org.springframework.boot.task.TaskExecutorCustomizer;
import org.springframework.boot.web.servlet.server.ServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's long-lived threads carry the application's class loader, not the embedded
 * Tomcat's. A thread takes the context class loader of the thread that starts it, and
 * Tomcat sets its own on the threads it runs our code on: its start-up and every request.
 * When the context closes, Spring stops Tomcat first (the graceful shutdown needs the
 * rest) and the pools after it, and Tomcat reports every live thread that holds its class
 * loader as a probable memory leak, with the thread's stack trace: a page of them after
 * every benchmark.
 */
@Configuration(proxyBeanMethods = false)
class ThreadsOutsideTomcat {

    /**
     * Async work that requests hand over (Connect lifecycle events) runs on Spring Boot's
     * task executor.
     */
    @Bean
    TaskExecutorCustomizer applicationClassLoaderOnTaskThreads() {
        return executor -> executor.setThreadFactory(runnable -> {
            Thread thread = executor.createThread(runnable);
            thread.setContextClassLoader(ThreadsOutsideTomcat.class.getClassLoader());
            return thread;
        });
    }

    /**
     * The database is migrated, so its pool's housekeeper and HSQLDB's timer started,
     * before Tomcat starts, not inside its start-up, where the filters that authenticate
     * requests would first ask for it. Registered in {@code META-INF/spring.factories}:
     * Spring Boot makes the beans named here depend on the database initializers.
     */
    static class DatabaseFirst implements DependsOnDatabaseInitializationDetector {

        @Override
        public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
            return Set.of(beanFactory.getBeanNamesForType(ServletWebServerFactory.class, false, false));
        }

    }

}
