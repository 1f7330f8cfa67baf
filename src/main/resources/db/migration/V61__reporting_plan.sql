-- The plan tracker's pre-aggregated counts: one row per year, commune, urban/rural and measure, rebuilt by
-- PlanTracking.recompute from the register (household year status, members, housing, allowances).
create table plan_measure_count (
    year          int         not null,
    commune_code  varchar(10) not null,
    district_code varchar(10) not null,
    area_type     varchar(10) not null,
    measure       varchar(40) not null,
    numerator     bigint      not null,
    denominator   bigint      not null,
    primary key (year, commune_code, area_type, measure)
);
create index plan_measure_count_measure on plan_measure_count(measure, year);

create table plan_recompute (
    year        int primary key,
    computed_at timestamptz not null,
    households  bigint      not null
);

-- Figures a department reports for a target and year. Every submission is a new version; nothing is changed
-- or removed, and a confirmation by province staff is its own row.
create table plan_reported_value (
    id           bigserial primary key,
    target_id    varchar(40)   not null,
    year         int           not null,
    value        numeric(14,3) not null,
    source       varchar(300)  not null,
    note         varchar(1000),
    submitted_by varchar(60)   not null,
    submitted_at timestamptz   not null default now()
);
create index plan_reported_value_target on plan_reported_value(target_id, year, id desc);

create table plan_reported_confirmation (
    value_id     bigint primary key references plan_reported_value(id),
    confirmed_by varchar(60) not null,
    confirmed_at timestamptz not null default now()
);

create function plan_reported_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger plan_reported_value_append_only before update or delete on plan_reported_value
    for each row execute function plan_reported_append_only();
create trigger plan_reported_confirmation_append_only before update or delete on plan_reported_confirmation
    for each row execute function plan_reported_append_only();
