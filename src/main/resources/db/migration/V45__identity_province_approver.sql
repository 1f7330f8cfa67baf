-- A province-level approver for the two-tier approval chain (rules/casework/approval-chains.csv, POLICY.md §9.2).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in
    ('COMMUNE_OFFICER','DISTRICT_APPROVER','PROVINCE_APPROVER','PAYMENT_OFFICER','POLICY_STAFF','ADMIN'));
