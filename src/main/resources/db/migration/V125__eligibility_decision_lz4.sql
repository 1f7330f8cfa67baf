-- Province scale (issue 12, README "Bulk re-evaluation"): a decision carries ≈ 5 kB of JSON (input snapshot ≈ 1,7 kB,
-- result with its reasons ≈ 3,3 kB), which PostgreSQL compresses as it stores the row (TOAST). Its default method,
-- pglz, is several times slower than lz4 to compress and to read back; a whole-province re-evaluation stores
-- 600.000 decisions in a few minutes, so their compression is a large part of the server's share of the time.
-- Only new values are compressed with lz4 (no rewrite: existing pglz values stay and are read as before), so the
-- change is instant on any size of table. A server built without lz4 (e.g. an embedded PostgreSQL for the tests)
-- refuses the method: it keeps pglz and the migration still passes.
do $$
begin
    alter table eligibility_decision
        alter column input_snapshot set compression lz4,
        alter column result set compression lz4;
exception when feature_not_supported or invalid_parameter_value then
    raise notice 'eligibility_decision keeps pglz: this server has no lz4 (%)', sqlerrm;
end
$$;
