-- Failed sign-ins, counted per account, per address and per (account, address), with the time until which
-- that key is refused. Kept in the database so every application node on the same PostgreSQL sees one count.
create table login_throttle (
    key_kind      varchar(12)  not null check (key_kind in ('USER', 'ADDRESS', 'USER_ADDRESS')),
    key_value     varchar(200) not null,
    failures      integer      not null default 0,
    window_start  timestamptz  not null default now(),
    last_failure  timestamptz  not null default now(),
    locked_until  timestamptz,
    primary key (key_kind, key_value)
);
create index login_throttle_locked on login_throttle(locked_until) where locked_until is not null;
create index login_throttle_last_failure on login_throttle(last_failure);
