package com.icr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Internal Customer Relationships: an Atlassian Connect app for Jira and Confluence. The
 * JPA starter of ACSB switches Boot's repository scan off, so we declare ours.
 */
@SpringBootApplication
@EnableJpaRepositories
@EnableScheduling
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

}
