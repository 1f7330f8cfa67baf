-- Each year's official poverty status of a household (the list approved at that year's review, or the status a
-- case decision gave it during the year). The household module owns it; the annual review campaign writes it at
-- its close, casework through HouseholdManagement.recognise. A year without a row carries the last status forward.
create table household_year_status (
    household_id   bigint      not null references household(id) on delete cascade,
    year           int         not null check (year between 2000 and 2100),
    poverty_status varchar(30) not null check (poverty_status in ('POOR','NEAR_POOR','AVERAGE_LIVING_STANDARD','NONE')),
    standard       varchar(20),
    commune_code   varchar(10) not null references admin_unit(code),
    district_code  varchar(10) not null references admin_unit(code),
    area_type      varchar(10) not null check (area_type in ('URBAN','RURAL')),
    decided_on     date,
    source         varchar(20) not null check (source in ('CASE_DECISION','ANNUAL_REVIEW','REGISTER')),
    recorded_at    timestamptz not null default now(),
    primary key (household_id, year)
);
create index household_year_status_year on household_year_status(year, commune_code);

-- What the register already knew before this table: the status each household was recognised with.
insert into household_year_status(household_id, year, poverty_status, commune_code, district_code, area_type, decided_on, source)
select id, extract(year from official_status_since)::int, official_poverty_status, commune_code, district_code, area,
       official_status_since, 'REGISTER'
from household where official_status_since is not null;
