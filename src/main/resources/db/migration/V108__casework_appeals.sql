-- Appeals (issue 10): a household contesting a decided case. Each appeal runs its own process (appealReview) with a
-- working-day deadline; its outcome is upheld, changed (the decision under today's rules replaces it, and payment
-- reacts to AppealDecided) or sent back to re-assessment (a new case).
create table casework_appeal (
    id                     bigserial primary key,
    version                integer      not null default 0,
    case_id                bigint       not null references casework_case(id),
    household_id           bigint       not null references household(id),
    member_id              bigint,
    program                varchar(40)  not null,
    commune_code           varchar(10)  not null,
    district_code          varchar(10),
    status                 varchar(20)  not null,
    grounds                varchar(1000) not null,
    received_on            date         not null,
    due_on                 date         not null,
    overdue                boolean      not null default false,
    lodged_by              varchar(60)  not null,
    lodged_at              timestamptz  not null,
    reviewer_level         varchar(20)  not null,
    reviewer_group         varchar(80)  not null,
    process_instance_id    varchar(64),
    eligibility_decision_id bigint      not null references eligibility_decision(id),
    decided_by             varchar(60),
    decided_on             date,
    decision_note          varchar(1000),
    effect                 varchar(20),
    effect_eligible        boolean,
    effect_category        varchar(40),
    effect_coefficient     numeric(6, 2),
    effect_monthly         bigint,
    effect_grant           bigint,
    effect_from_month      date,
    reassessment_case_id   bigint references casework_case(id)
);
create index casework_appeal_area on casework_appeal(commune_code, status);
create index casework_appeal_district on casework_appeal(district_code, status);
-- one appeal open per case at a time
create unique index casework_appeal_one_open on casework_appeal(case_id) where status in ('REVIEW');

-- What an appeal's changed outcome did to the entitlement, once per appeal (the key refuses a second application).
create table payment_appeal_effect (
    appeal_id       bigint primary key,
    case_id         bigint       not null,
    effect          varchar(20)  not null,
    entitlement_id  bigint       references entitlement(id),
    from_month      date         not null,
    arrears_months  integer      not null default 0,
    arrears_amount  bigint       not null default 0,
    recorded_at     timestamptz  not null default now()
);
