-- Bulk re-evaluation (README, Bulk re-evaluation): a job over a commune, a district or the province as of a date,
-- cut into chunks of households by keyset; each chunk runs as a Flowable job in one transaction.

-- A decision written by a bulk job names it; one decision per household per job (the second guard after the chunk's
-- own "done" mark: a chunk run again inserts with ON CONFLICT DO NOTHING).
alter table eligibility_decision add column bulk_job_id uuid;
-- The decision's outcomes as comparable "program|member=value" lines, so that the next job compares without parsing the result.
alter table eligibility_decision add column outcomes text;
create unique index eligibility_decision_bulk_once on eligibility_decision (bulk_job_id, household_id)
    where bulk_job_id is not null;

create table reevaluation_job (
    id               uuid         primary key,
    scope            varchar(30)  not null,
    as_of            date         not null,
    started_by       varchar(60)  not null,
    jurisdiction     varchar(40)  not null,
    started_at       timestamptz  not null default now(),
    chunk_size       int          not null,
    households       int,
    chunks           int,
    planned_at       timestamptz
);
create index reevaluation_job_started on reevaluation_job (started_at desc);

create table reevaluation_chunk (
    job_id               uuid        not null references reevaluation_job (id) on delete cascade,
    seq                  int         not null,
    after_id             bigint      not null,
    up_to_id             bigint      not null,
    planned_households   int         not null,
    process_instance_id  varchar(64),
    households           int,
    decisions            int,
    unassessed           int,
    changed              int,
    flags                int,
    node                 varchar(100),
    millis               int,
    done_at              timestamptz,
    primary key (job_id, seq)
);

-- A status change a bulk job found (before ≠ after for a program, of a member or of the household), for a review
-- case to take up; the household itself is never changed by the job.
create table reevaluation_flag (
    id              bigserial    primary key,
    job_id          uuid         not null references reevaluation_job (id) on delete cascade,
    household_id    bigint       not null references household (id) on delete cascade,
    program         varchar(40)  not null,
    member_id       varchar(40)  not null default '',
    before_value    varchar(120),
    after_value     varchar(120),
    created_at      timestamptz  not null default now(),
    review_case_id  bigint
);
create unique index reevaluation_flag_once on reevaluation_flag (job_id, household_id, program, member_id);
create index reevaluation_flag_household on reevaluation_flag (household_id);
create index reevaluation_flag_open on reevaluation_flag (job_id) where review_case_id is null;
