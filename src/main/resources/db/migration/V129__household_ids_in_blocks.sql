-- Households and members take their ids in blocks of 50 (Household.ID_BLOCK) so that many inserts go in one JDBC
-- batch (issue 12: an import's chunk sent one insert per household and per member). Hibernate's pooled optimiser
-- uses the 50 ids up to each value it takes from the sequence; a row inserted with the column default takes one
-- value and the id it is. The sequences restart past every id already used, so a register that has rows continues.
alter sequence household_id_seq increment by 50;
select setval('household_id_seq', greatest((select coalesce(max(id), 0) from household),
                                           (select last_value from household_id_seq)) + 50);
alter sequence household_member_id_seq increment by 50;
select setval('household_member_id_seq', greatest((select coalesce(max(id), 0) from household_member),
                                                  (select last_value from household_member_id_seq)) + 50);
