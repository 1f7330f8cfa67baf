-- Stored eligibility decisions: one row per evaluation of a registered household as of a date.
-- The input snapshot and the rule-set version make the decision reproducible ("as decided" vs "today's rules").
create table eligibility_decision (
    id                bigserial primary key,
    household_id      bigint       not null references household(id) on delete cascade,
    as_of             date         not null,
    evaluated_at      timestamptz  not null default now(),
    evaluated_by      varchar(60)  not null,
    rule_set_version  varchar(80)  not null,
    rule_set_label    varchar(40)  not null,
    poverty_status    varchar(30),
    input_snapshot    text         not null,
    result            text         not null
);
create index eligibility_decision_household on eligibility_decision(household_id, evaluated_at desc, id desc);
