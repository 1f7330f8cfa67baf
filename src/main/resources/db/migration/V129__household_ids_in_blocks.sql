-- Households and members take their ids in blocks of 50 (Household.ID_BLOCK) so that many inserts go in one JDBC
-- batch (issue 12: an import's chunk sent one insert per household and per member). Hibernate's pooled optimiser
-- uses the 50 ids up to each value it takes from the sequence (from 1 on a sequence never used); a row inserted with
-- the column default takes one value and the id it is. A register that has rows continues past every id used: the
-- next value is 50 past the highest id (or value given), and its block the ids just above it.
alter sequence household_id_seq increment by 50;
select setval('household_id_seq', greatest((select coalesce(max(id), 0) from household), last_value))
from household_id_seq where is_called or exists (select 1 from household);
alter sequence household_member_id_seq increment by 50;
select setval('household_member_id_seq', greatest((select coalesce(max(id), 0) from household_member), last_value))
from household_member_id_seq where is_called or exists (select 1 from household_member);
