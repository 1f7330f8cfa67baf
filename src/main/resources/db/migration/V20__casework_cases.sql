-- Casework: one row per case (the aggregate), its append-only timeline.
create table casework_case (
    id                    bigserial primary key,
    version               integer      not null default 0,
    household_id          bigint       not null,
    member_id             bigint,
    program               varchar(40)  not null,
    kind                  varchar(20)  not null,
    commune_code          varchar(10)  not null,
    district_code         varchar(10),
    status                varchar(20)  not null,
    process_instance_id   varchar(64),
    opened_by             varchar(100) not null,
    opened_at             timestamp with time zone not null,
    assessed_by           varchar(100),
    assessed_at           timestamp with time zone,
    assessment_snapshot   text,
    decision_eligible     boolean,
    decision_outcome      varchar(40),
    decision_rule_set     varchar(120),
    decision_reasons      text,
    decision_category     varchar(20),
    decision_coefficient  numeric(6, 2),
    decision_monthly      bigint,
    decision_grant        bigint,
    decision_poverty      varchar(30),
    decision_as_of        date,
    meeting_held_on       date,
    meeting_attendance    integer,
    meeting_agreeing      integer,
    posting_ends_on       date,
    approval_level        varchar(20),
    approver_group        varchar(40),
    approval_due_on       date,
    overdue               boolean      not null default false,
    decided_on            date,
    decided_by            varchar(100),
    decision_note         varchar(1000),
    constraint casework_case_agreeing_le_attendance check (meeting_agreeing is null or meeting_agreeing <= meeting_attendance)
);
create index casework_case_commune_status on casework_case (commune_code, status);
create index casework_case_district_status on casework_case (district_code, status);
create index casework_case_household on casework_case (household_id);

create table casework_timeline_entry (
    id          bigserial primary key,
    case_id     bigint       not null references casework_case (id),
    at          timestamp with time zone not null,
    step        varchar(40)  not null,
    action      varchar(40)  not null,
    actor       varchar(100) not null,
    comment     varchar(2000)
);
create index casework_timeline_case on casework_timeline_entry (case_id, at, id);

-- The timeline is a record of what happened: rows are added, never changed or removed.
create function casework_timeline_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'casework_timeline_entry is append-only';
end $$;
create trigger casework_timeline_no_change before update or delete on casework_timeline_entry
    for each row execute function casework_timeline_append_only();
