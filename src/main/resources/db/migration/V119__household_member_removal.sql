-- A member removed from a household (issue 10: moved away, registered twice, entered by mistake) leaves the member
-- table — so no fact, evaluation or search sees them again — and is kept here, with who, when and why, for the
-- household's history. Rows are added, never changed or removed.
create table household_member_removal (
    id            bigserial primary key,
    household_id  bigint       not null references household(id) on delete cascade,
    member_id     bigint       not null,
    full_name     varchar(120) not null,
    birth_date    date,
    relation      varchar(20)  not null,
    cccd          char(12),
    reason        varchar(500) not null,
    removed_by    varchar(100) not null,
    removed_at    timestamp with time zone not null default now()
);
create index household_member_removal_household on household_member_removal (household_id, removed_at);

create function household_member_removal_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'household_member_removal is append-only';
end $$;
create trigger household_member_removal_no_change before update on household_member_removal
    for each row execute function household_member_removal_append_only();
