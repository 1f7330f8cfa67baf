package vn.ansinh.payment;

public enum CycleStatus { GENERATED, APPROVED, EXPORTED, CLOSED }
