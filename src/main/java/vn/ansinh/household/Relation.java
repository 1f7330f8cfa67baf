package vn.ansinh.household;

/** Relation to the head of household. */
public enum Relation { HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, SIBLING, OTHER }
