-- The policy workbench's impact runs: every registered household evaluated as of one date under the version in force
-- and a draft, as a Flowable process with one async job per chunk of households. A chunk's changes, its counts and its
-- row in policy_impact_chunk commit in one transaction, so a job run again after a restart skips a chunk already done.
create table policy_impact_run (
    id                   uuid         primary key,
    draft_id             bigint       not null references policy_version(id),
    base_id              bigint       not null references policy_version(id),
    base_label           varchar(40)  not null,
    draft_label          varchar(40)  not null,
    as_of                date         not null,
    status               varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    started_by           varchar(60)  not null,
    started_at           timestamptz  not null default now(),
    finished_at          timestamptz,
    process_instance_id  varchar(64),
    chunk_size           integer      not null,
    total_households     integer      not null,
    processed_households integer      not null default 0,
    skipped_households   integer      not null default 0,
    failure              varchar(500)
);
create index policy_impact_run_draft on policy_impact_run (draft_id, started_at desc);

create table policy_impact_chunk (
    run_id      uuid    not null references policy_impact_run(id) on delete cascade,
    chunk       integer not null,
    after_id    bigint  not null,
    last_id     bigint  not null,
    households  integer not null,
    finished_at timestamptz not null default now(),
    primary key (run_id, chunk)
);

-- one row per household (member_id 0) or member and program whose decision differs
create table policy_impact_change (
    run_id          uuid         not null references policy_impact_run(id) on delete cascade,
    household_id    bigint       not null,
    program_rank    smallint     not null,
    member_id       bigint       not null,
    program         varchar(20)  not null,
    household_code  varchar(40)  not null,
    commune_code    varchar(10)  not null,
    district_code   varchar(10)  not null,
    before_outcome  varchar(80)  not null,
    before_monthly  bigint       not null,
    before_one_off  bigint       not null,
    after_outcome   varchar(80)  not null,
    after_monthly   bigint       not null,
    after_one_off   bigint       not null,
    flipped         jsonb        not null,
    primary key (run_id, household_id, program_rank, member_id)
);
create index policy_impact_change_commune on policy_impact_change (run_id, commune_code, household_id);

-- per commune and program ('*' = every program): households evaluated, changed, people changed, monthly cost
-- before and after, and the households in each band of their monthly amount's change
create table policy_impact_area (
    run_id            uuid        not null references policy_impact_run(id) on delete cascade,
    commune_code      varchar(10) not null,
    district_code     varchar(10) not null,
    program           varchar(20) not null,
    households        integer     not null,
    households_changed integer    not null,
    people_changed    integer     not null,
    monthly_before    bigint      not null,
    monthly_after     bigint      not null,
    much_down         integer     not null,
    down              integer     not null,
    unchanged         integer     not null,
    up                integer     not null,
    much_up           integer     not null,
    primary key (run_id, commune_code, program)
);

-- per commune, program and transition (outcome before → after, also when equal): how many decisions
create table policy_impact_transition (
    run_id         uuid        not null references policy_impact_run(id) on delete cascade,
    commune_code   varchar(10) not null,
    program        varchar(20) not null,
    before_outcome varchar(80) not null,
    after_outcome  varchar(80) not null,
    subjects       integer     not null,
    primary key (run_id, commune_code, program, before_outcome, after_outcome)
);

-- the files of both versions as they were when the run started (a draft still changes; a restart re-reads these)
create table policy_impact_run_file (
    run_id  uuid         not null references policy_impact_run(id) on delete cascade,
    side    char(1)      not null check (side in ('B', 'D')),
    path    varchar(300) not null,
    sha256  char(64)     not null references policy_blob(sha256),
    primary key (run_id, side, path)
);
