/** Helpers of the Spring Boot starter (settings, profile documents, table editions): not an API. */
package org.disabilitystandards.spring.boot.internal;
