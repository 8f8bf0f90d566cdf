/**
 * Validation of exchange records held in Spark Datasets, with the same issues, summary and indicators as the
 * single-machine {@code ExchangeFileValidator} and {@code IndicatorAccumulator}
 * ({@link org.disabilitystandards.spark.SparkExchangeValidator}).
 */
package org.disabilitystandards.spark;
