package vn.ansinh.household;

public enum Sex { MALE, FEMALE }
