package org.disabilitystandards.validation.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An employer as the quota check sees it: its type, its administrative level (required for party and
 * government organs and federation organs), its staff count (在职职工人数, or 编制 for organs and public
 * institutions, as the plan's 专栏5 counts them), its disabled employees, and for a disabled persons'
 * federation organ its cadre count and its disabled cadres. Holds certificates only, no names or ID
 * numbers. An immutable, thread-safe value; build with {@link #builder(EmployerType)}.
 *
 * @param type              the employer type
 * @param level             the administrative level; always present for organs
 * @param staff             the staff count the ratio applies to, at least the number of disabled employees
 * @param disabledEmployees the disabled employees, in the order given, immutable
 * @param cadres            the cadre count of a disabled persons' federation organ, present exactly for
 *                          federation organs
 * @param disabledCadres    the disabled cadres of a disabled persons' federation organ, immutable, empty for
 *                          other employers
 */
public record Employer(EmployerType type, Optional<AdministrativeLevel> level, int staff,
        List<DisabledEmployee> disabledEmployees, OptionalInt cadres, List<DisabledEmployee> disabledCadres) {

    /**
     * Checks an employer: the plan's 专栏5 counts need a staff count, the level of an organ and the cadre count
     * of a federation organ.
     *
     * @param type              the type component
     * @param level             the level component
     * @param staff             the staff component
     * @param disabledEmployees the disabledEmployees component
     * @param cadres            the cadres component
     * @param disabledCadres    the disabledCadres component
     * @throws NullPointerException     if a component or employee is null
     * @throws InvalidEmployerException if the staff count is negative or below the number of disabled
     *                                  employees; if an organ lacks its level; if a federation organ lacks its
     *                                  cadre count (at least 1, at least its disabled cadres); or if another
     *                                  employer has cadres
     */
    public Employer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(cadres, "cadres");
        disabledEmployees = List.copyOf(disabledEmployees);
        disabledCadres = List.copyOf(disabledCadres);
        if (staff < 0) {
            throw new InvalidEmployerException("staff: a staff count of 0 or more is required");
        }
        if (disabledEmployees.size() > staff) {
            throw new InvalidEmployerException("disabledEmployees: " + disabledEmployees.size()
                    + " disabled employees exceed the staff count " + staff);
        }
        boolean federation = type == EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN;
        if (level.isEmpty() && (federation || type == EmployerType.PARTY_GOVERNMENT_ORGAN)) {
            throw new InvalidEmployerException("level: required for " + type);
        }
        if (federation) {
            if (cadres.isEmpty() || cadres.getAsInt() < 1) {
                throw new InvalidEmployerException("cadres: a federation organ needs a cadre count of 1 or more");
            }
            if (disabledCadres.size() > cadres.getAsInt()) {
                throw new InvalidEmployerException("disabledCadres: " + disabledCadres.size()
                        + " disabled cadres exceed the cadre count " + cadres.getAsInt());
            }
        } else if (cadres.isPresent() || !disabledCadres.isEmpty()) {
            throw new InvalidEmployerException("cadres: only a " + EmployerType.DISABLED_PERSONS_FEDERATION_ORGAN
                    + " has a cadre count");
        }
    }

    /**
     * Returns a builder for an employer of a type.
     *
     * @param type the employer type
     * @return a new builder
     */
    public static Builder builder(EmployerType type) {
        return new Builder(Objects.requireNonNull(type, "type"));
    }

    /**
     * Returns type, level, staff and the counts of disabled employees and cadres; no certificate details.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Employer{type=" + type + level.map(l -> ", level=" + l).orElse("") + ", staff=" + staff
                + ", disabledEmployees=" + disabledEmployees.size()
                + (cadres.isPresent() ? ", cadres=" + cadres.getAsInt() + ", disabledCadres=" + disabledCadres.size()
                        : "") + "}";
    }

    /** Builds an {@link Employer}; not thread-safe. */
    public static final class Builder {

        private final EmployerType type;
        private AdministrativeLevel level;
        private int staff = -1;
        private final List<DisabledEmployee> disabledEmployees = new ArrayList<>();
        private int cadres = -1;
        private final List<DisabledEmployee> disabledCadres = new ArrayList<>();

        private Builder(EmployerType type) {
            this.type = type;
        }

        /**
         * Sets the administrative level.
         *
         * @param newLevel the level
         * @return this builder
         */
        public Builder level(AdministrativeLevel newLevel) {
            this.level = Objects.requireNonNull(newLevel, "level");
            return this;
        }

        /**
         * Sets the staff count.
         *
         * @param count the staff count, 0 or more
         * @return this builder
         */
        public Builder staff(int count) {
            this.staff = count;
            return this;
        }

        /**
         * Adds a disabled employee.
         *
         * @param employee the employee
         * @return this builder
         */
        public Builder disabledEmployee(DisabledEmployee employee) {
            disabledEmployees.add(Objects.requireNonNull(employee, "employee"));
            return this;
        }

        /**
         * Adds disabled employees.
         *
         * @param employees the employees
         * @return this builder
         */
        public Builder disabledEmployees(List<? extends DisabledEmployee> employees) {
            employees.forEach(this::disabledEmployee);
            return this;
        }

        /**
         * Sets the cadre count of a disabled persons' federation organ.
         *
         * @param count the cadre count, 1 or more
         * @return this builder
         */
        public Builder cadres(int count) {
            this.cadres = count;
            return this;
        }

        /**
         * Adds a disabled cadre of a disabled persons' federation organ.
         *
         * @param cadre the cadre
         * @return this builder
         */
        public Builder disabledCadre(DisabledEmployee cadre) {
            disabledCadres.add(Objects.requireNonNull(cadre, "cadre"));
            return this;
        }

        /**
         * Adds disabled cadres of a disabled persons' federation organ.
         *
         * @param newCadres the cadres
         * @return this builder
         */
        public Builder disabledCadres(List<? extends DisabledEmployee> newCadres) {
            newCadres.forEach(this::disabledCadre);
            return this;
        }

        /**
         * Builds the employer.
         *
         * @return the employer
         * @throws InvalidEmployerException if the staff count is missing or negative or below the number of
         *                                  disabled employees; if an organ lacks its level; if a federation
         *                                  organ lacks its cadre count (at least 1, at least its disabled
         *                                  cadres); or if another employer has cadres
         */
        public Employer build() {
            return new Employer(type, Optional.ofNullable(level), staff, disabledEmployees,
                    cadres < 0 ? OptionalInt.empty() : OptionalInt.of(cadres), disabledCadres);
        }
    }
}
