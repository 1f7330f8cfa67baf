package vn.ansinh.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON bodies for registering households in tests, with CCCD numbers no other test uses and birth dates that vary,
 * so that two tests registering the same head name are not taken for the same household.
 */
public final class TestHouseholds {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000L * 1000);

    private TestHouseholds() {
    }

    public static String uniqueCccd() {
        return String.format("09%010d", SERIAL.incrementAndGet() % 10_000_000_000L);
    }

    /** A household whose head has a birth date of its own (2.688 in turn, all born 1966–1973), so no two look alike to the register. */
    public static String json(String headName, String communeCode, String... memberNames) {
        StringBuilder members = new StringBuilder();
        long n = SERIAL.incrementAndGet();
        for (int i = 0; i < memberNames.length; i++) {
            if (i > 0) {
                members.append(',');
            }
            members.append(String.format("""
                    {"fullName":"%s","sex":"%s","birthDate":"%d-%02d-%02d","relation":"%s","cccd":"%s"}""",
                    memberNames[i], i % 2 == 0 ? "MALE" : "FEMALE", 1966 + (n / 336) % 8 + i * 5, 1 + n % 12, 1 + (n / 12 + i) % 28,
                    i == 0 ? "HEAD" : "CHILD", uniqueCccd()));
        }
        return String.format("""
                {"headName":"%s","address":"Số 1","communeCode":"%s","village":"Thôn Đông","agricultural":true,"members":[%s]}""",
                headName, communeCode, members);
    }
}
