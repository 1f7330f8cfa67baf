package vn.ansinh.bench;

import java.util.List;
import java.util.SplittableRandom;
import vn.ansinh.geography.AdminUnit;

/**
 * How many households each commune gets. No per-commune population is in the repository (the GSO unit list has
 * none), so each unit gets a documented, deterministic weight instead: a township (thị trấn, the district seat)
 * 1,6, a ward (phường) 1,3, a rural commune (xã) 1,0, each times a factor between 0,6 and 1,4 drawn from the seed
 * and the unit's code. Households are then dealt out in proportion (largest remainders), so the 260 units hold
 * between ≈ 1.300 and ≈ 5.000 households each at 600.000, ≈ 2.300 on average (Thái Bình: ≈ 7.150 people a commune).
 */
final class CommuneWeights {

    private final List<AdminUnit> communes;
    private final long seed;

    CommuneWeights(List<AdminUnit> communes, long seed) {
        this.communes = communes;
        this.seed = seed;
    }

    static double typeWeight(String unitType) {
        return switch (unitType) {
            case "thi_tran" -> 1.6;
            case "phuong" -> 1.3;
            default -> 1.0;
        };
    }

    double weight(AdminUnit commune) {
        double jitter = 0.6 + 0.8 * new SplittableRandom(seed * 31 + Long.parseLong(commune.code())).nextDouble();
        return typeWeight(commune.unitType()) * jitter;
    }

    /** The commune code of each household number 0 … count−1, interleaved so every chunk touches every commune. */
    String[] assign(int count) {
        double[] w = communes.stream().mapToDouble(this::weight).toArray();
        double total = java.util.Arrays.stream(w).sum();
        int[] quota = new int[w.length];
        double[] remainder = new double[w.length];
        int given = 0;
        for (int i = 0; i < w.length; i++) {
            double exact = count * w[i] / total;
            quota[i] = (int) exact;
            remainder[i] = exact - quota[i];
            given += quota[i];
        }
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < w.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int k = 0; given < count; k++, given++) {
            quota[order[k % w.length]]++;
        }
        String[] out = new String[count];
        int[] left = quota.clone();
        int n = 0;
        while (n < count) {
            for (int i = 0; i < w.length && n < count; i++) {
                // deal each commune its share spread evenly over the run
                double due = (double) quota[i] * (n + 1) / count;
                if (left[i] > 0 && quota[i] - left[i] < due) {
                    out[n++] = communes.get(i).code();
                    left[i]--;
                }
            }
        }
        return out;
    }
}
