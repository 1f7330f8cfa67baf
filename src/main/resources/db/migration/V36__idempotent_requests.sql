-- Answers to API requests sent with an Idempotency-Key, per user: a retried request gets the first answer.
create table idempotent_request (
    username         varchar(100) not null,
    idempotency_key  varchar(200) not null,
    request_hash     char(64)     not null,
    status           integer,
    content_type     varchar(200),
    response_body    bytea,
    created_at       timestamp with time zone not null default now(),
    primary key (username, idempotency_key)
);
