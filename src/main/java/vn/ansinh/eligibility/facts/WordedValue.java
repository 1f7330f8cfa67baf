package vn.ansinh.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value a reason compares that is stored as codes ({@code SA5c 1.0, SA6-S 1.5}: the other categories a member qualifies for) but reads in
 * words in the reason's message: the decision's values keep the code, the sentence says what it means.
 */
public record WordedValue(String stored, String vi, String en) {

    @JsonValue
    public String stored() {
        return stored;
    }

    String in(boolean vietnamese) {
        return vietnamese ? vi : en;
    }

    /** The same value whatever its words (a draft that rewords a category changes no decision). */
    @Override
    public boolean equals(Object other) {
        return other instanceof WordedValue w && stored.equals(w.stored);
    }

    @Override
    public int hashCode() {
        return stored.hashCode();
    }

    @Override
    public String toString() {
        return stored;
    }
}
