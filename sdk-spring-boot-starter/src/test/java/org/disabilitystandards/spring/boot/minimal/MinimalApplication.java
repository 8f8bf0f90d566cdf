package org.disabilitystandards.spring.boot.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest Spring Boot 4 application on the starter: the starter as its only SDK dependency,
 * {@code disability-standards.profile=qinghai} in application.properties, and no configuration class.
 * docs/guide.md shows it.
 */
// [application]
@SpringBootApplication
public class MinimalApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }
}
// [/application]
