package vn.ansinh.common;

/** The request lost a race or came from a stale form ("already handled"). API: 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
