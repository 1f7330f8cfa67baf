package vn.ansinh.household;

import vn.ansinh.common.ConflictException;

/** The household changed since the form was loaded. */
public class StaleFormException extends ConflictException {

    StaleFormException() {
        super("the household was changed by someone else");
    }
}
