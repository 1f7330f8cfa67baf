package vn.ansinh.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A household's surveys and annual reviews, driven by one hidden living standard per household (a normal score,
 * lower with disabled or elderly members) so that income, deprivations, housing and the yearly status agree:
 * <ul>
 *   <li>surveys on 01/10/2011 (Decision 09/2011: income only), 01/10/2015 (Decision 59/2015: D1–D10), 01/10/2021
 *       and 01/10/2024 (Decree 07/2021: E1–E12); monthly income per person log-normal around 1,6 / 2,6 / 3,9 /
 *       4,5 million đ (urban × 1,4), each indicator more likely the lower the standard; housing 92 % sound;</li>
 *   <li>the official status of each year's review 2012–2024 (decided 15/12): nominal poor share 9,5 % in 2012
 *       falling to 1,8 % in 2024 (measured at seed 1: 11,7 % → 2,5 %, the score's spread being wider than the nominal), with jumps when a new standard starts (2016, 2022), near-poor about as many again;
 *       a household's rank moves a little each year. Every household has a row for 2012, 2016 and 2022 (the
 *       reviews under a new standard); the other years have rows for those on a list that year or the year
 *       before (a year without a row carries the last status forward).</li>
 * </ul>
 */
final class ProvinceHistory {

    private static final int FIRST = 2012;
    private static final double[] POOR = {0.095, 0.080, 0.068, 0.056, 0.068, 0.055, 0.043, 0.032, 0.024, 0.018, 0.035, 0.026, 0.018};
    private static final double[] NEAR = {0.070, 0.066, 0.062, 0.058, 0.060, 0.056, 0.050, 0.044, 0.038, 0.032, 0.040, 0.034, 0.030};
    private static final LocalDate[] SURVEY_DAYS = {LocalDate.of(2011, 10, 1), LocalDate.of(2015, 10, 1),
            LocalDate.of(2021, 10, 1), LocalDate.of(2024, 10, 1)};
    private static final long[] MEDIAN_INCOME = {1_600_000, 2_600_000, 3_900_000, 4_500_000};
    private static final String[] PREFIX = {"", "D", "E", "E"};
    private static final int[] INDICATORS = {0, 10, 12, 12};
    private static final String[] HOUSING = {"SOUND", "DAMAGED_NEEDS_REPAIR", "MAKESHIFT_DILAPIDATED",
            "COLLAPSED_OR_HEAVILY_DAMAGED", "NO_HOUSE"};

    record Survey(LocalDate on, long income, String deprivations, String housing, LocalDate residenceSince) {
        void appendCopyRow(StringBuilder out, long id, long householdId) {
            out.append(id).append('\t').append(householdId).append('\t').append(on).append('\t').append(income).append('\t')
                    .append(deprivations).append('\t').append(housing).append('\t').append(residenceSince).append('\t')
                    .append("province-data").append('\n');
        }
    }

    record Review(int year, String status, String standard, LocalDate decidedOn) {
        void appendCopyRow(StringBuilder out, long householdId, String commune, String district, String area) {
            out.append(householdId).append('\t').append(year).append('\t').append(status).append('\t').append(standard)
                    .append('\t').append(commune).append('\t').append(district).append('\t').append(area).append('\t')
                    .append(decidedOn).append('\t').append("ANNUAL_REVIEW").append('\n');
        }
    }

    record Story(List<Survey> surveys, List<Review> reviews) {
    }

    Story story(SplittableRandom random, ProvincePeople.Household household, boolean urban) {
        double standard = random.nextGaussian() + 0.35 * household.disabled() + 0.15 * household.elderly()
                - (household.members().size() == 1 ? 0.2 : 0);
        // higher = worse off; rank in the province by the normal distribution of the score
        List<Survey> surveys = new ArrayList<>();
        LocalDate residence = LocalDate.of(1980 + random.nextInt(35), 1 + random.nextInt(12), 1);
        for (int s = 0; s < SURVEY_DAYS.length; s++) {
            double z = 0.8 * standard + 0.6 * random.nextGaussian();
            long income = Math.round(MEDIAN_INCOME[s] * (urban ? 1.4 : 1.0) * Math.exp(-0.45 * z) / 10_000) * 10_000;
            StringBuilder deprivations = new StringBuilder();
            for (int d = 1; d <= INDICATORS[s]; d++) {
                if (random.nextDouble() < 0.03 * Math.exp(0.9 * Math.max(-1, z))) {
                    deprivations.append(deprivations.isEmpty() ? "" : ",").append(PREFIX[s]).append(d);
                }
            }
            double h = random.nextDouble() * Math.exp(-0.5 * Math.max(0, z));
            String housing = h < 0.003 ? HOUSING[4] : h < 0.01 ? HOUSING[3] : h < 0.03 ? HOUSING[2] : h < 0.08 ? HOUSING[1] : HOUSING[0];
            surveys.add(new Survey(SURVEY_DAYS[s], Math.max(0, income), deprivations.toString(), housing, residence));
        }
        List<Review> reviews = new ArrayList<>();
        String before = "NONE";
        for (int y = 0; y < POOR.length; y++) {
            int year = FIRST + y;
            double score = standard + 0.35 * random.nextGaussian();
            double rank = 1 - phi(score / Math.sqrt(1 + 0.35 * 0.35 + 0.1));
            String status = rank < POOR[y] ? "POOR" : rank < POOR[y] + NEAR[y] ? "NEAR_POOR" : "NONE";
            boolean newStandard = year == 2012 || year == 2016 || year == 2022;
            if (newStandard || !"NONE".equals(status) || !"NONE".equals(before)) {
                reviews.add(new Review(year, status, year < 2016 ? "QD09_2011" : year < 2022 ? "QD59_2015" : "ND07_2021",
                        LocalDate.of(year, 12, 15)));
            }
            before = status;
        }
        return new Story(surveys, reviews);
    }

    /** The standard normal distribution function (Abramowitz–Stegun 26.2.17, error below 1e-7). */
    static double phi(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = 0.3989422804014327 * Math.exp(-x * x / 2);
        double p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return x >= 0 ? 1 - p : p;
    }
}
