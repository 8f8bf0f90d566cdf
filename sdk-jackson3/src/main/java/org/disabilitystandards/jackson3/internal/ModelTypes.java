package org.disabilitystandards.jackson3.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disabilitystandards.core.model.Assessment;
import org.disabilitystandards.core.model.Benefit;
import org.disabilitystandards.core.model.CareAssessment;
import org.disabilitystandards.core.model.Certificate;
import org.disabilitystandards.core.model.Education;
import org.disabilitystandards.core.model.Employment;
import org.disabilitystandards.core.model.Household;
import org.disabilitystandards.core.model.ImmutableAssessment;
import org.disabilitystandards.core.model.ImmutableBenefit;
import org.disabilitystandards.core.model.ImmutableCareAssessment;
import org.disabilitystandards.core.model.ImmutableCertificate;
import org.disabilitystandards.core.model.ImmutableEducation;
import org.disabilitystandards.core.model.ImmutableEmployment;
import org.disabilitystandards.core.model.ImmutableHousehold;
import org.disabilitystandards.core.model.ImmutableInsurance;
import org.disabilitystandards.core.model.ImmutableMeasurements;
import org.disabilitystandards.core.model.ImmutablePersonRecord;
import org.disabilitystandards.core.model.ImmutableService;
import org.disabilitystandards.core.model.ImmutableServiceDisability;
import org.disabilitystandards.core.model.ImmutableWorkInjury;
import org.disabilitystandards.core.model.Insurance;
import org.disabilitystandards.core.model.Measurements;
import org.disabilitystandards.core.model.PersonRecord;
import org.disabilitystandards.core.model.Service;
import org.disabilitystandards.core.model.ServiceDisability;
import org.disabilitystandards.core.model.WorkInjury;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * The model types of the exchange format (sdk-core's {@code model} package) and their immutable
 * implementations, which Jackson 2 finds through {@code @JsonSerialize/@JsonDeserialize(as = ...)}.
 */
public final class ModelTypes {

    private static final Map<Class<?>, Class<?>> IMPLEMENTATIONS = implementations();

    /** Property order of each implementation: the order Jackson 2 writes, that of the generated fields. */
    private static final Map<Class<?>, Map<String, Integer>> ORDER = order();

    private ModelTypes() {
    }

    private static Map<Class<?>, Class<?>> implementations() {
        Map<Class<?>, Class<?>> map = new HashMap<>();
        map.put(PersonRecord.class, ImmutablePersonRecord.class);
        map.put(Assessment.class, ImmutableAssessment.class);
        map.put(Benefit.class, ImmutableBenefit.class);
        map.put(CareAssessment.class, ImmutableCareAssessment.class);
        map.put(Certificate.class, ImmutableCertificate.class);
        map.put(Education.class, ImmutableEducation.class);
        map.put(Employment.class, ImmutableEmployment.class);
        map.put(Household.class, ImmutableHousehold.class);
        map.put(Insurance.class, ImmutableInsurance.class);
        map.put(Measurements.class, ImmutableMeasurements.class);
        map.put(Service.class, ImmutableService.class);
        map.put(ServiceDisability.class, ImmutableServiceDisability.class);
        map.put(WorkInjury.class, ImmutableWorkInjury.class);
        return Map.copyOf(map);
    }

    private static Map<Class<?>, Map<String, Integer>> order() {
        Map<Class<?>, Map<String, Integer>> map = new HashMap<>();
        for (Class<?> implementation : IMPLEMENTATIONS.values()) {
            Map<String, Integer> positions = new HashMap<>();
            for (Field field : implementation.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    positions.putIfAbsent(field.getName(), positions.size());
                }
            }
            map.put(implementation, Map.copyOf(positions));
        }
        return Map.copyOf(map);
    }

    /**
     * Maps every model type to its immutable implementation for reading.
     *
     * @param module the module to add the mappings to
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void mapAbstractTypes(SimpleModule module) {
        IMPLEMENTATIONS.forEach((type, implementation) -> module.addAbstractTypeMapping((Class) type, implementation));
    }

    /**
     * Returns the model types and their implementations, whose inclusion the module sets.
     *
     * @return the types
     */
    public static List<Class<?>> serializedTypes() {
        List<Class<?>> types = new ArrayList<>(IMPLEMENTATIONS.keySet());
        types.addAll(IMPLEMENTATIONS.values());
        return types;
    }

    /**
     * Returns a serializer modifier that writes the properties of the implementations in exchange-format
     * order.
     *
     * @return the modifier
     */
    public static ValueSerializerModifier exchangeOrder() {
        return new ExchangeOrder();
    }

    /** Sorts the property writers of a model implementation by the position of its field. */
    private static final class ExchangeOrder extends ValueSerializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription.Supplier bean,
                List<BeanPropertyWriter> properties) {
            Map<String, Integer> positions = ORDER.get(bean.getBeanClass());
            if (positions == null) {
                return properties;
            }
            List<BeanPropertyWriter> sorted = new ArrayList<>(properties);
            sorted.sort(Comparator.comparingInt(w -> positions.getOrDefault(w.getName(), Integer.MAX_VALUE)));
            return sorted;
        }
    }
}
