package vn.ansinh.casework;

import vn.ansinh.common.NotFoundException;

/** No such appeal in the caller's area (an appeal elsewhere is indistinguishable from none: 404). */
public class AppealNotFound extends NotFoundException {

    public AppealNotFound(long id) {
        super("appeal " + id);
    }
}
