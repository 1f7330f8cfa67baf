package vn.ansinh.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic households of Thái Bình with the shapes that matter to the rules (README, Province scale): ≈ 3,1 people
 * a household (1 person 14 %, 2 25 %, 3 22 %, 4 23 %, 5 10 %, 6 4 %, 7 2 %); heads 25–90, an ageing province
 * (≈ 19 % born before 1965); three generations in large households; a disability for ≈ 7 % of people (mild,
 * severe, especially severe, more often among the old); merit categories for ≈ 2 % (war invalids MC07 with an injury rate,
 * resistance activists MC11 among the old, relatives of martyrs MR01/MR02); pensions for a third of those over 60;
 * a few orphans; ≈ 0,4 % of the old deceased; a CCCD for everyone aged 14 or more (unique serials per birth year).
 */
final class ProvincePeople {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
    private static final int[] SIZE_PERCENT = {14, 25, 22, 23, 10, 4, 2};
    private final int[] serials = new int[400];

    record Person(int position, String name, boolean male, LocalDate birth, String relation, String cccd,
                  String disability, String merit, Integer injuryRate, String orphanCase, boolean studying,
                  boolean pension, boolean supporter, LocalDate deceasedOn) {

        int age() {
            return TODAY.getYear() - birth.getYear();
        }

        void appendCopyRow(StringBuilder out, long id, long householdId) {
            out.append(id).append('\t').append(householdId).append('\t').append(position).append('\t').append(name)
                    .append('\t').append(male ? "MALE" : "FEMALE").append('\t').append(birth).append('\t').append(relation)
                    .append('\t').append(cccd == null ? "\\N" : cccd).append('\t').append(disability).append('\t')
                    .append(merit).append('\t').append(injuryRate == null ? "\\N" : injuryRate.toString()).append('\t')
                    .append(orphanCase == null ? "\\N" : orphanCase).append('\t').append(studying).append('\t')
                    .append(pension).append('\t').append(supporter).append('\t')
                    .append("ESPECIALLY_SEVERE".equals(disability)).append('\t')
                    .append(BulkLoad.date(deceasedOn)).append('\n');
        }
    }

    record Household(List<Person> members) {
        Person head() {
            return members.get(0);
        }

        long disabled() {
            return members.stream().filter(p -> !"NONE".equals(p.disability())).count();
        }

        long elderly() {
            return members.stream().filter(p -> p.age() >= 60).count();
        }
    }

    Household household(SplittableRandom random) {
        int size = size(random);
        String family = Names.family(random);
        boolean maleHead = random.nextInt(10) < 7;
        int headAge = size == 1 ? (random.nextInt(3) == 0 ? 25 + random.nextInt(30) : 60 + random.nextInt(31))
                : 25 + (int) Math.min(65, Math.abs(random.nextGaussian() * 14 + 26));
        List<Person> members = new ArrayList<>();
        members.add(person(random, 0, Names.person(random, family, maleHead), maleHead, headAge, "HEAD"));
        int position = 1;
        if (size >= 2 && random.nextInt(10) < 8) {
            int age = Math.max(20, headAge + random.nextInt(9) - 4);
            members.add(person(random, position++, Names.person(random, Names.family(random), !maleHead), !maleHead, age, "SPOUSE"));
        }
        boolean threeGenerations = size >= 5 && headAge < 60;
        if (threeGenerations) {
            int age = Math.min(99, headAge + 22 + random.nextInt(12));
            boolean male = random.nextInt(3) == 0;
            members.add(person(random, position++, Names.person(random, male ? family : Names.family(random), male), male, age, "PARENT"));
        }
        while (position < size) {
            boolean male = random.nextBoolean();
            int age = headAge - 20 - random.nextInt(Math.max(1, Math.min(headAge - 20, 22)));
            String relation = "CHILD";
            if (age < 0 || (headAge >= 60 && random.nextInt(3) == 0)) {
                age = 1 + random.nextInt(14);
                relation = headAge >= 50 ? "GRANDCHILD" : "CHILD";
            }
            members.add(person(random, position++, Names.person(random, family, male), male, Math.max(0, age), relation));
        }
        return new Household(members);
    }

    private static int size(SplittableRandom random) {
        int r = random.nextInt(100);
        for (int i = 0; i < SIZE_PERCENT.length; i++) {
            r -= SIZE_PERCENT[i];
            if (r < 0) {
                return i + 1;
            }
        }
        return 3;
    }

    private Person person(SplittableRandom random, int position, String name, boolean male, int age, String relation) {
        LocalDate birth = TODAY.minusYears(age).minusDays(1 + random.nextInt(364));
        String cccd = age >= 14 ? cccd(male, birth) : null;
        int roll = random.nextInt(1000);
        int ageBoost = age >= 70 ? 3 : age >= 60 ? 2 : 1;
        String disability = roll < 6 * ageBoost ? "ESPECIALLY_SEVERE" : roll < 24 * ageBoost ? "SEVERE"
                : roll < 60 * ageBoost ? "MILD" : "NONE";
        String merit = "";
        Integer injury = null;
        int meritRoll = random.nextInt(1000);
        if (age >= 65 && meritRoll < 90) {
            boolean invalid = meritRoll < 40;
            merit = invalid ? "MC07" : "MC11";
            injury = invalid ? 21 + random.nextInt(70) : null;
        } else if (age >= 40 && meritRoll < 25) {
            merit = random.nextBoolean() ? "MR01" : "MR02";
        }
        String orphan = age < 16 && "GRANDCHILD".equals(relation) && random.nextInt(60) == 0 ? "BOTH_PARENTS_DEAD" : null;
        boolean studying = age >= 6 && age < 23 && random.nextInt(10) < 8;
        boolean pension = age >= 60 && random.nextInt(3) == 0;
        boolean supporter = age >= 60 && random.nextInt(3) > 0;
        LocalDate deceased = age >= 75 && random.nextInt(100) < 2 ? LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
        return new Person(position, name, male, birth, relation, cccd, disability, merit, injury, orphan, studying,
                pension, supporter, deceased);
    }

    /** Province 034, century-and-sex digit, year of birth, a serial from 500000 up (clear of the demo seed's). */
    private String cccd(boolean male, LocalDate birth) {
        int centurySex = (birth.getYear() >= 2000 ? 2 : 0) + (male ? 0 : 1);
        int slot = centurySex * 100 + birth.getYear() % 100;
        return String.format("034%d%02d%06d", centurySex, birth.getYear() % 100, 500_000 + serials[slot]++);
    }
}
