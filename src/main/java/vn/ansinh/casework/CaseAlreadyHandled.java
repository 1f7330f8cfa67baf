package vn.ansinh.casework;

/** The task was completed (or the case changed) by someone else first: the caller's form is stale. */
public class CaseAlreadyHandled extends RuntimeException {

    public CaseAlreadyHandled(String detail, Throwable cause) {
        super(detail, cause);
    }
}
