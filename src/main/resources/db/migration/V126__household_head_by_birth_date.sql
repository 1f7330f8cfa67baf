-- The duplicate check of a new household (the form and the import, HouseholdManagement.sameHeadAndVillage) asks for the
-- commune's households whose head was born on a given day. Without an index on the birth date PostgreSQL read every
-- member of the register for each new household (91 ms a household on the 600.000-household province, a 50.000-row
-- import growing with the register it goes into); the heads by birth date and household answer it in a few lookups.
create index household_member_head_born on household_member (birth_date, household_id) where relation = 'HEAD';
