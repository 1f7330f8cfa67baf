package vn.ansinh.household;

/** Disability level as certified by the commune council (Law on Persons with Disabilities 2010). */
public enum Disability { NONE, MILD, SEVERE, ESPECIALLY_SEVERE }
