package vn.ansinh.bench;

import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HousingFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.engine.RuleBase;
import vn.ansinh.eligibility.engine.RuleEngine;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.HousingCondition;
import vn.ansinh.eligibility.facts.OrphanCase;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A fingerprint of every outcome, amount, reason, value, citation and message (both languages) for a wide mix of
 * synthetic households on dates under each poverty standard, with deaths: two builds of the engine that print the
 * same fingerprint decide the same. Used to check that a speed change changes no outcome.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=EvaluationDigest [-Dhouseholds=30000 -DbenchHouseholds=20000]}
 */
public final class EvaluationDigest {

    /** Deprivation codes of the standard in force (none before 2016, D1-D10 to 2021, E1-E12 from 2022). */
    private static List<String> deprivations(LocalDate asOf, Random rnd) {
        if (asOf.getYear() < 2016) {
            return List.of();
        }
        String prefix = asOf.getYear() < 2022 ? "D" : "E";
        int max = asOf.getYear() < 2022 ? 10 : 12;
        List<String> out = new ArrayList<>();
        int count = rnd.nextInt(6);
        for (int k = 1; k <= max && out.size() < count; k++) {
            if (rnd.nextInt(3) == 0) {
                out.add(prefix + k);
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int households = Integer.getInteger("households", 30_000);
        RuleEngine engine = new RuleEngine(RuleBase.load(Path.of(System.getProperty("rules", "rules"))));
        JsonMapper json = JsonMapper.builder().build();
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        for (LocalDate asOf : List.of(LocalDate.of(2013, 6, 1), LocalDate.of(2018, 3, 15), LocalDate.of(2023, 2, 1),
                LocalDate.of(2025, 9, 1))) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<HouseholdFacts> data = generate(households, asOf, new Random(7 + asOf.getYear()));
            for (int i = 0; i < data.size(); i += 100) {
                List<HouseholdFacts> batch = data.subList(i, Math.min(data.size(), i + 100));
                List<EvaluationResult> results = i % 300 == 0
                        ? batch.stream().map(h -> engine.evaluate(h, asOf)).toList()
                        : engine.evaluateAll(batch, asOf);
                for (EvaluationResult r : results) {
                    byte[] bytes = json.writeValueAsString(r).getBytes(StandardCharsets.UTF_8);
                    md.update(bytes);
                    all.update(bytes);
                }
            }
            System.out.printf("DIGEST %s %s%n", asOf, HexFormat.of().formatHex(md.digest()));
        }
        System.out.printf("DIGEST all %s%n", HexFormat.of().formatHex(all.digest()));
        // The speed benchmark's own mix (its generator, seed 42), in its batches of 100: MD5 of every result's JSON.
        int benchHouseholds = Integer.getInteger("benchHouseholds", 20_000);
        LocalDate benchAsOf = LocalDate.of(2025, 9, 1);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        List<HouseholdFacts> mix = EligibilityBenchmark.generate(benchHouseholds, benchAsOf, new Random(42));
        for (int i = 0; i < mix.size(); i += 100) {
            for (EvaluationResult r : engine.evaluateAll(mix.subList(i, Math.min(mix.size(), i + 100)), benchAsOf)) {
                md5.update(json.writeValueAsString(r).getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.printf("DIGEST benchmark-mix %d md5 %s%n", benchHouseholds, HexFormat.of().formatHex(md5.digest()));
        if (Boolean.getBoolean("sample")) {
            System.out.println(json.writeValueAsString(engine.evaluate(generate(1, LocalDate.of(2025, 9, 1), new Random(1)).get(0),
                    LocalDate.of(2025, 9, 1))));
        }
    }

    static List<HouseholdFacts> generate(int n, LocalDate asOf, Random rnd) {
        HousingFacts[] housing = {
                HousingFacts.SOUND,
                new HousingFacts(HousingCondition.DAMAGED_NEEDS_REPAIR, true, LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1), false, null, false),
                new HousingFacts(HousingCondition.MAKESHIFT_DILAPIDATED, false, LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1), true, null, false),
                new HousingFacts(HousingCondition.MAKESHIFT_DILAPIDATED, true, LocalDate.of(2010, 1, 1), null, true, LocalDate.of(2009, 1, 1), true),
                new HousingFacts(HousingCondition.DAMAGED_NEEDS_REPAIR, false, LocalDate.of(1990, 1, 1), LocalDate.of(2012, 1, 1), true, null, true)};
        PovertyStatus[] official = {null, null, null, PovertyStatus.POOR, PovertyStatus.NEAR_POOR, PovertyStatus.NONE,
                PovertyStatus.AVERAGE_LIVING_STANDARD};
        List<HouseholdFacts> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int size = 1 + rnd.nextInt(6);
            List<MemberFacts> members = new ArrayList<>(size);
            for (int m = 0; m < size; m++) {
                int age = m == 0 ? 18 + rnd.nextInt(80) : rnd.nextInt(95);
                LocalDate birth = asOf.minusYears(age).minusDays(rnd.nextInt(365));
                int r = rnd.nextInt(100);
                int s = rnd.nextInt(100);
                LocalDate died = s < 3 ? asOf.minusDays(1 + rnd.nextInt(900)) : null;
                members.add(MemberFacts.builder("m" + m, birth)
                        .disability(r < 4 ? Disability.SEVERE : r < 8 ? Disability.ESPECIALLY_SEVERE : r < 10 ? Disability.MILD : Disability.NONE)
                        .orphanCase(age < 18 && s > 90 ? OrphanCase.values()[s % OrphanCase.values().length] : null)
                        .receivedChildAllowance(age >= 16 && r > 93).studying(age >= 6 && age < 23 && s % 3 != 0)
                        .hasPension(age >= 55 && r < 25).hasMonthlySocialInsurance(s > 95).hasObligedSupporter(r % 2 == 0)
                        .singleParent(m == 0 && r > 92).hivPositive(r == 50 || r == 51)
                        .meritCategories(r > 96 ? List.of("MC07") : r == 96 ? List.of("MC01", "MC11") : List.of())
                        .injuryRate(r > 97 ? 61 + s % 30 : null)
                        .caredForByHousehold(r < 10 && s % 2 == 0).socialPensionRequested(age >= 70 && s < 70)
                        .communityCareTakenIn(age >= 60 && s > 94).pregnant(m == 1 && age > 18 && age < 40 && s < 10)
                        .parentIds(m > 0 && age < 16 && s < 50 ? List.of("m0") : List.of())
                        .deceasedOn(died != null && died.isAfter(birth) ? died : null).build());
            }
            out.add(new HouseholdFacts("HH" + i, rnd.nextInt(4) == 0 ? Area.URBAN : Area.RURAL,
                    (long) rnd.nextInt(5_000_000), deprivations(asOf, rnd),
                    official[rnd.nextInt(official.length)], rnd.nextBoolean(), housing[rnd.nextInt(10) < 6 ? 0 : 1 + rnd.nextInt(4)],
                    members, rnd.nextInt(8) == 0));
        }
        return out;
    }
}
