-- The annual review campaign (POLICY.md §3.3, README "Annual review campaign"): province staff open one campaign a
-- year; its opening runs on Flowable's job executor (processes/review-campaign.bpmn20.xml) in chunks of households.
create table review_campaign (
    id           bigserial    primary key,
    year         int          not null check (year between 2000 and 2100),
    starts_on    date         not null,
    ends_on      date         not null,
    status       varchar(10)  not null check (status in ('OPEN', 'CLOSED')),
    opened_by    varchar(100) not null,
    opened_at    timestamptz  not null default now(),
    chunk_size   int          not null,
    households   int,
    chunks       int,
    planned_at   timestamptz,
    closed_by    varchar(100),
    closed_at    timestamptz,
    left_open    int,
    fixed        int,
    constraint review_campaign_dates check (starts_on <= ends_on)
);
-- one campaign a year, and at most one open at a time
create unique index review_campaign_year on review_campaign (year);
create unique index review_campaign_one_open on review_campaign ((true)) where status = 'OPEN';

-- The campaign's list (step 1 of §3.3), fixed when the opening is planned: every household on a poor / near-poor
-- list, with a pending request (an open poverty case) or with a poverty flag of a bulk re-evaluation. The primary key
-- is the "never twice" guard; case_id is set when the household's chunk ran (a case opened, or its open case taken up).
create table review_campaign_household (
    campaign_id    bigint       not null references review_campaign (id),
    household_id   bigint       not null references household (id) on delete cascade,
    commune_code   varchar(10)  not null,
    district_code  varchar(10),
    origin         varchar(10)  not null check (origin in ('LIST', 'REQUEST', 'FLAG')),
    case_id        bigint       references casework_case (id),
    taken_up       boolean      not null default false,
    primary key (campaign_id, household_id)
);
create index review_campaign_household_commune on review_campaign_household (campaign_id, commune_code);
create unique index review_campaign_case_once on review_campaign_household (campaign_id, case_id) where case_id is not null;

create table review_campaign_chunk (
    campaign_id          bigint       not null references review_campaign (id),
    seq                  int          not null,
    after_id             bigint       not null,
    up_to_id             bigint       not null,
    planned_households   int          not null,
    process_instance_id  varchar(64),
    opened               int,
    taken_up             int,
    node                 varchar(100),
    millis               int,
    done_at              timestamptz,
    primary key (campaign_id, seq)
);

-- A re-evaluation flag is never dropped silently: it stays until a case takes it up (review_case_id) or a commune
-- officer dismisses it with a reason.
alter table reevaluation_flag add column dismissed_by varchar(100);
alter table reevaluation_flag add column dismissed_at timestamptz;
alter table reevaluation_flag add column dismiss_reason varchar(1000);
create index reevaluation_flag_pending on reevaluation_flag (household_id) where review_case_id is null and dismissed_at is null;
