package vn.ansinh.household;

import java.util.List;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;

/** Household input the register refuses. */
public class HouseholdRejected extends InvalidInput {

    HouseholdRejected(List<FieldError> errors) {
        super(errors);
    }
}
