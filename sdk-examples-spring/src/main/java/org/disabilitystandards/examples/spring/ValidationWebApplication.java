package org.disabilitystandards.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A validation web application on the DisabilityStandards Spring Boot starter: an HTTP API for one record
 * or a whole exchange file, and a page where a person uploads a file and reads the issues by rule in
 * Chinese or English. Serves on {@code http://localhost:8080/} only (see application.properties).
 * Start it with {@code mvn -q -pl sdk-examples-spring -am package -DskipTests} and
 * {@code java -jar sdk-examples-spring/target/sdk-examples-spring-*.jar}.
 */
@SpringBootApplication
public class ValidationWebApplication {

    /** Created by Spring as the application's configuration class. */
    public ValidationWebApplication() {
    }

    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments, such as {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(ValidationWebApplication.class, args);
    }
}
