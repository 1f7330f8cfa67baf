-- The search of a commune or a district reads its households' search keys from these indexes alone (index-only
-- scans: ≈ 100 index pages for a commune of ≈ 2.300 households) instead of ≈ 3.000 heap pages, since a commune's
-- households lie on pages spread over the table (registered over the years among everyone else's). No new column:
-- the index carries search_key itself, so every way a household is saved (form, import, removal, COPY) keeps it.
-- A B-tree entry holds at most 2.704 bytes while a key may reach ≈ 5.000 characters (V32), so the indexes are
-- partial; households with a longer key (30 members with long names; in practice none) are found through the small
-- index below. HouseholdSearch repeats the bound literally, as the planner needs to match the predicate.
create index household_commune_search on household (commune_code, id) include (search_key)
    where octet_length(search_key) <= 2000;
create index household_district_search on household (district_code, id) include (search_key)
    where octet_length(search_key) <= 2000;
create index household_search_key_long on household (id) where octet_length(search_key) > 2000;
-- Without statistics on the key's length the planner guesses a third of the register has a long key and reads a
-- commune's heap to find them.
create statistics household_search_key_bytes on (octet_length(search_key)) from household;
analyze household;
