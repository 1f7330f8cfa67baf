package vn.ansinh.casework;

import vn.ansinh.common.ConflictException;

/** The task was completed (or the case changed) by someone else first: the caller's form is stale. API: 409. */
public class CaseAlreadyHandled extends ConflictException {

    public CaseAlreadyHandled(String detail, Throwable cause) {
        super(detail);
        if (cause != null) {
            initCause(cause);
        }
    }
}
