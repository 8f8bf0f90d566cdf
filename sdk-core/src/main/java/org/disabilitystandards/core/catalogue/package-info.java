/**
 * Assistive-device catalogues loaded by the embedder (a local 基本配置目录 or subsidy catalogue): which device
 * suits which category, grade and age, its replacement interval (使用年限), subsidy cap and whether an assessment
 * is required. No official catalogue is bundled: the national one was not found in public sources.
 */
package org.disabilitystandards.core.catalogue;
