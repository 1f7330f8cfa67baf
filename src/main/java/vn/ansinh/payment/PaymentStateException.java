package vn.ansinh.payment;

/** An action that the current state of a cycle, line or entitlement does not allow; the message is an i18n key. */
public class PaymentStateException extends RuntimeException {

    private final transient Object[] args;

    public PaymentStateException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }
}
