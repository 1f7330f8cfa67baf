-- Payments (issue 5): entitlements, their amount periods, payment cycles and payment lines.
-- Money is whole VND (bigint). Months are stored as the first day of the month.

CREATE TABLE entitlement (
    id               bigserial PRIMARY KEY,
    household_id     bigint       NOT NULL,
    member_id        bigint,
    beneficiary_name varchar(200) NOT NULL,
    cccd             varchar(12),
    commune_code     varchar(10)  NOT NULL,
    district_code    varchar(10)  NOT NULL,
    program          varchar(40)  NOT NULL,
    category         varchar(40),
    kind             varchar(10)  NOT NULL CHECK (kind IN ('MONTHLY', 'ONE_OFF')),
    grant_amount     bigint       NOT NULL DEFAULT 0,
    start_month      date         NOT NULL,
    end_month        date,
    end_reason       varchar(40),
    status           varchar(20)  NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'ACTIVE', 'ENDED', 'REJECTED')),
    source_case_id   bigint UNIQUE,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0,
    CHECK (end_month IS NULL OR end_month >= start_month - interval '1 month')
);
CREATE INDEX entitlement_district_idx ON entitlement (district_code, status);
CREATE INDEX entitlement_member_idx ON entitlement (member_id);

-- Amount history: a coefficient of the base level (amount = coefficient x base level of the month),
-- or a fixed monthly amount where the rules give one (e.g. the social pension).
CREATE TABLE entitlement_amount (
    id             bigserial PRIMARY KEY,
    entitlement_id bigint  NOT NULL REFERENCES entitlement (id),
    from_month     date    NOT NULL,
    to_month       date,
    coefficient    numeric(6, 2),
    fixed_amount   bigint,
    CHECK ((coefficient IS NULL) <> (fixed_amount IS NULL)),
    UNIQUE (entitlement_id, from_month)
);

CREATE TABLE payment_cycle (
    id            bigserial PRIMARY KEY,
    district_code varchar(10) NOT NULL,
    month         date        NOT NULL,
    status        varchar(20) NOT NULL CHECK (status IN ('GENERATED', 'APPROVED', 'EXPORTED', 'CLOSED')),
    base_level    bigint      NOT NULL,
    generated_at  timestamptz NOT NULL,
    generated_by  varchar(100) NOT NULL,
    approved_at   timestamptz,
    approved_by   varchar(100),
    exported_at   timestamptz,
    closed_at     timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    UNIQUE (district_code, month)
);

CREATE TABLE payment_line (
    id               bigserial PRIMARY KEY,
    cycle_id         bigint       NOT NULL REFERENCES payment_cycle (id),
    entitlement_id   bigint       NOT NULL REFERENCES entitlement (id),
    month            date         NOT NULL,
    kind             varchar(10)  NOT NULL CHECK (kind IN ('MONTHLY', 'ONE_OFF', 'ARREARS')),
    original_line_id bigint REFERENCES payment_line (id),
    commune_code     varchar(10)  NOT NULL,
    beneficiary_name varchar(200) NOT NULL,
    cccd             varchar(12),
    program          varchar(40)  NOT NULL,
    category         varchar(40),
    amount           bigint       NOT NULL CHECK (amount > 0),
    idempotency_key  varchar(60)  NOT NULL UNIQUE,
    status           varchar(20)  NOT NULL CHECK (status IN ('PLANNED', 'PAID', 'FAILED', 'RETURNED', 'CANCELLED')),
    result_note      varchar(500),
    recorded_at      timestamptz,
    version          bigint       NOT NULL DEFAULT 0
);
-- One line per entitlement and month; an arrears line re-issues an earlier line exactly once.
CREATE UNIQUE INDEX payment_line_entitlement_month_uq ON payment_line (entitlement_id, month) WHERE kind <> 'ARREARS';
CREATE UNIQUE INDEX payment_line_original_uq ON payment_line (original_line_id) WHERE original_line_id IS NOT NULL;
CREATE INDEX payment_line_cycle_idx ON payment_line (cycle_id, commune_code);
CREATE INDEX payment_line_retry_idx ON payment_line (status) WHERE status IN ('FAILED', 'RETURNED');
