package vn.ansinh.casework;

/** A case is already open for this household, program and member; {@code existingId} is that case (null if a race hid it). */
public class DuplicateCase extends RuntimeException {

    private final Long existingId;

    public DuplicateCase(Long existingId) {
        super("a case is already open: " + existingId);
        this.existingId = existingId;
    }

    public Long existingId() {
        return existingId;
    }
}
