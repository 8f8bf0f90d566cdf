package org.disabilitystandards.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark session of a test class: two cores, no UI, few shuffle partitions, small file splits. */
final class SparkSessions {

    private SparkSessions() {
    }

    static SparkSession local() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("sdk-spark-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "3")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.files.maxPartitionBytes", "128k")
                .config("spark.sql.files.openCostInBytes", "0")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.adaptive.enabled", "false")
                .getOrCreate();
    }
}
