-- The case list (issue 10): newest first, a page at a time by the (opened_at, id) cursor — never OFFSET, never a
-- count of the whole table. Each scope walks its own index in order and stops after a page, so a page costs the
-- same at 1.000.000 cases as at 1.000: the commune's and the district's, with or without a status (a step is a
-- status), the province's, and the overdue ones (few, kept in a partial index).
create index casework_case_list_commune on casework_case (commune_code, opened_at, id);
create index casework_case_list_district on casework_case (district_code, opened_at, id);
create index casework_case_list_province on casework_case (opened_at, id);
create index casework_case_list_status on casework_case (status, opened_at, id);
create index casework_case_list_commune_status on casework_case (commune_code, status, opened_at, id);
create index casework_case_list_district_status on casework_case (district_code, status, opened_at, id);
create index casework_case_list_overdue on casework_case (opened_at, id) where overdue;
-- the wider indexes answer what these did
drop index casework_case_commune_status;
drop index casework_case_district_status;
