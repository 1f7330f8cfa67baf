-- The policy workbench's rule-set versions: an immutable, content-addressed tree of the files of rules/.
-- A blob is a file's content under its SHA-256; a version lists (path, blob) and its tree hash is the SHA-256 of
-- the sorted "path NUL blob LF" lines. A draft's files change until it is submitted; after that never.
create table policy_blob (
    sha256  char(64) primary key,
    content bytea    not null
);

create table policy_version (
    id                bigserial    primary key,
    label             varchar(40)  not null unique,
    author            varchar(60)  not null,
    source            varchar(12)  not null check (source in ('FILES', 'WORKBENCH')),
    status            varchar(20)  not null check (status in ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED',
                                                               'IN_FORCE', 'SUPERSEDED')),
    created_at        timestamptz  not null default now(),
    effective_at      timestamptz,
    based_on          bigint       references policy_version(id),
    tree_hash         char(64)     not null,
    change_what       varchar(2000),
    change_why        varchar(2000),
    legal_instrument  varchar(500),
    submitted_by      varchar(60),
    submitted_at      timestamptz,
    approved_by       varchar(60),
    approved_at       timestamptz,
    published_by      varchar(60),
    returned_note     varchar(2000),
    -- maker-checker: whoever approves is neither the author nor the submitter
    constraint policy_version_checker_is_not_maker check (approved_by is null
        or (approved_by <> author and approved_by <> coalesce(submitted_by, ''))),
    constraint policy_version_scheduled_has_moment check (status not in ('SCHEDULED', 'IN_FORCE') or effective_at is not null)
);
-- one version is in force at a time, on every node
create unique index policy_version_one_in_force on policy_version((1)) where status = 'IN_FORCE';
create index policy_version_scheduled on policy_version(effective_at) where status = 'SCHEDULED';
create index policy_version_tree on policy_version(tree_hash);

create table policy_version_file (
    version_id bigint       not null references policy_version(id) on delete cascade,
    path       varchar(300) not null,
    sha256     char(64)     not null references policy_blob(sha256),
    primary key (version_id, path)
);
