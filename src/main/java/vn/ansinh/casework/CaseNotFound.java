package vn.ansinh.casework;

/** No such case in the caller's area (a case elsewhere is indistinguishable from none: 404). */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(long id) {
        super("case " + id + " not found");
    }
}
