/** Helpers of the Spark module (schemas, partition functions): not an API, no compatibility promise. */
package org.disabilitystandards.spark.internal;
