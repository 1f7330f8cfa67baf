-- Household imports (CSV / XLSX): one row per job, its progress and counts, and every rejected row of its file.
create table household_import_job (
    id              uuid primary key,
    status          varchar(10)  not null,           -- RUNNING, DONE, FAILED
    mode            varchar(16)  not null,           -- ALL_OR_NOTHING, VALID_ROWS
    existing        varchar(8)   not null,           -- SKIP, UPDATE: a household matched by CCCD
    file_name       varchar(255),
    username        varchar(100) not null,
    jurisdiction    varchar(40)  not null,
    node            varchar(100) not null,
    total_rows      integer      not null default 0,
    processed_rows  integer      not null default 0,
    imported_rows   integer      not null default 0,
    households_created integer   not null default 0,
    households_updated integer   not null default 0,
    households_skipped integer   not null default 0,
    rejected_rows   integer      not null default 0,
    failure         varchar(500),
    started_at      timestamptz  not null default now(),
    heartbeat_at    timestamptz  not null default now(),
    finished_at     timestamptz
);
create index household_import_job_running on household_import_job (heartbeat_at) where status = 'RUNNING';

create table household_import_rejection (
    job_id      uuid         not null references household_import_job (id) on delete cascade,
    line        integer      not null,
    column_name varchar(60),
    reason      varchar(500) not null
);
create index household_import_rejection_job on household_import_rejection (job_id, line);
