-- Facts some monthly allowances need (Decree 20/2021 Art. 5, 20): a household living in an ethnic-minority and
-- mountainous commune/village with especially difficult conditions (SA5b, SA7; none in Thái Bình today), an
-- elderly member taken in for care in the community (SA5d), a pregnant member (care support, Art. 20).
alter table household add column especially_difficult_area boolean not null default false;
alter table household_member add column pregnant boolean not null default false;
alter table household_member add column community_care_taken_in boolean not null default false;
