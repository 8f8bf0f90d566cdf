package org.disabilitystandards.core.id;

import java.time.LocalDate;

/** Builds valid resident ID numbers for tests. */
final class IdNumbers {

    private IdNumbers() {
    }

    static String of(String address, LocalDate birth, int sequence) {
        String first17 = address + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String ofDigits(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
