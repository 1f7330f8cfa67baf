-- Diacritic-free substring search over the register (search_key is already folded to plain lower-case ASCII):
-- a trigram index keeps "like '%nguyen van a%'" fast at the province's scale (≈ 600,000 households).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index household_search_key_trgm on household using gin (search_key gin_trgm_ops);
