package vn.ansinh.household;

/** The cases of a "child without a source of support" (Decree 20/2021 Art. 5(1)). */
public enum OrphanCase {
    ABANDONED_NOT_ADOPTED, BOTH_PARENTS_DEAD, ONE_DEAD_OTHER_MISSING, ONE_DEAD_OTHER_DETAINED, BOTH_MISSING, OTHER_NO_SUPPORT
}
