package vn.ansinh.casework;

import vn.ansinh.common.NotFoundException;

/** No such case in the caller's area (a case elsewhere is indistinguishable from none: 404). */
public class CaseNotFound extends NotFoundException {

    public CaseNotFound(long id) {
        super("case " + id);
    }
}
