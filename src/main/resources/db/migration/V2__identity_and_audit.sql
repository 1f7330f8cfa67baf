create table app_user (
    id                 bigserial primary key,
    username           varchar(60)  not null unique,
    password_hash      varchar(100) not null,
    full_name          varchar(120) not null,
    role               varchar(30)  not null check (role in ('COMMUNE_OFFICER','DISTRICT_APPROVER','PAYMENT_OFFICER','POLICY_STAFF','ADMIN')),
    jurisdiction_level varchar(10)  not null check (jurisdiction_level in ('PROVINCE','DISTRICT','COMMUNE')),
    jurisdiction_code  varchar(10)  not null references admin_unit(code),
    enabled            boolean      not null default true,
    created_at         timestamptz  not null default now()
);

-- Who did what, when, to which record, from where. Append-only: updates and deletes are refused by the database.
create table audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    username     varchar(60),
    role         varchar(30),
    jurisdiction varchar(30),
    remote_addr  varchar(64),
    action       varchar(60) not null,
    subject_type varchar(40),
    subject_id   varchar(80),
    detail       text
);
create index audit_entry_subject on audit_entry(subject_type, subject_id);
create index audit_entry_time on audit_entry(occurred_at);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
