package vn.ansinh.household;

import java.util.List;
import vn.ansinh.common.FieldErrorsResponse.FieldError;

/** What the register did with one imported household: created, updated, or refused with the form's field errors. */
public record ImportedHousehold(Long householdId, boolean created, List<FieldError> errors) {

    static ImportedHousehold created(long id) {
        return new ImportedHousehold(id, true, List.of());
    }

    static ImportedHousehold updated(long id) {
        return new ImportedHousehold(id, false, List.of());
    }

    static ImportedHousehold refused(List<FieldError> errors) {
        return new ImportedHousehold(null, false, List.copyOf(errors));
    }

    public boolean refused() {
        return !errors.isEmpty();
    }
}
