/**
 * Spring Boot auto-configuration of the SDK: a shared {@code RecordValidator} from the
 * {@code disability-standards.*} properties, exchange-file validators per as-of date, issue messages in the
 * request's locale, an info contributor with the table editions, and a failure analyzer for unusable settings.
 */
package org.disabilitystandards.spring.boot;
