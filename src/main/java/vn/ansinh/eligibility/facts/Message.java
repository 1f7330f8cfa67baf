package vn.ansinh.eligibility.facts;

/** A reason's message, Vietnamese first. */
public record Message(String vi, String en) {
}
