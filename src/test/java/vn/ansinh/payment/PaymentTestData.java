package vn.ansinh.payment;

import vn.ansinh.casework.Program;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

/** Entitlements for tests, opened through the service as an approved case would open them. */
final class PaymentTestData {

    private static final AtomicLong SERIAL = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L * 100);

    private final EntitlementService service;

    PaymentTestData(EntitlementService service) {
        this.service = service;
    }

    Entitlement monthly(String commune, String district, String name, String coefficient, YearMonth start) {
        long n = SERIAL.incrementAndGet();
        Beneficiary who = new Beneficiary(n, n, name, String.format("034%09d", n % 1_000_000_000L), commune, district);
        return service.open(Entitlement.monthly(who, Program.SOCIAL_ALLOWANCE, "SA5a", new BigDecimal(coefficient), start, n));
    }
}
