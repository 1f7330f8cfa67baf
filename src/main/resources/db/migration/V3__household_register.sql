create table household (
    id                      bigserial primary key,
    code                    varchar(30)  not null unique,
    head_name               varchar(120) not null,
    address                 varchar(250),
    commune_code            varchar(10)  not null references admin_unit(code),
    district_code           varchar(10)  not null references admin_unit(code),
    village                 varchar(120),
    area                    varchar(10)  not null check (area in ('URBAN','RURAL')),
    agricultural            boolean      not null default false,
    official_poverty_status varchar(30)  not null default 'NONE',
    official_status_since   date,
    search_key              varchar(1000) not null,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 bigint       not null default 0
);
create index household_commune on household(commune_code, id);
create index household_district on household(district_code, id);
create sequence household_code_seq;

create table household_member (
    id                           bigserial primary key,
    household_id                 bigint       not null references household(id) on delete cascade,
    position                     int          not null default 0,
    full_name                    varchar(120) not null,
    sex                          varchar(6)   not null check (sex in ('MALE','FEMALE')),
    birth_date                   date         not null,
    relation                     varchar(20)  not null,
    cccd                         char(12) unique,
    disability                   varchar(20)  not null default 'NONE',
    merit_categories             varchar(200) not null default '',
    injury_rate                  int,
    orphan_case                  varchar(30),
    received_child_allowance     boolean not null default false,
    studying                     boolean not null default false,
    has_pension                  boolean not null default false,
    has_monthly_social_insurance boolean not null default false,
    has_obliged_supporter        boolean not null default false,
    single_parent                boolean not null default false,
    hiv_positive                 boolean not null default false,
    cared_for_by_household       boolean not null default false,
    social_pension_requested     boolean not null default false,
    deceased_on                  date
);
create index household_member_household on household_member(household_id);

-- A dated snapshot of the survey answers (Phiếu B): income, deprivation indicators, housing.
create table assessment (
    id                                bigserial primary key,
    household_id                      bigint      not null references household(id) on delete cascade,
    assessed_on                       date        not null,
    monthly_income_per_capita         bigint      not null check (monthly_income_per_capita >= 0),
    deprivations                      varchar(200) not null default '',
    housing_condition                 varchar(40) not null default 'SOUND',
    on_provincial_merit_housing_list  boolean     not null default false,
    residence_registered_on           date,
    separated_since                   date,
    on_poor_list_2015                 boolean     not null default false,
    prior_housing_support_on          date,
    disaster_damaged                  boolean     not null default false,
    recorded_by                       varchar(60),
    recorded_at                       timestamptz not null default now()
);
create index assessment_household on assessment(household_id, assessed_on desc, id desc);
