package vn.ansinh.payment.cycle;

public enum CycleStatus { GENERATED, APPROVED, EXPORTED, CLOSED }
