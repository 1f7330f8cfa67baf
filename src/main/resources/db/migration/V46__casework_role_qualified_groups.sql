-- Candidate groups now carry the role: commune:<c> -> officer:commune:<c>; district:<d> / province:<p> (approval)
-- -> approver:district:<d> / approver:province:<p>. Tasks already waiting in an existing database (the demo data
-- under ./data) keep working. Flowable creates its tables itself, so on a fresh database there is nothing to do.
do $$
begin
    if exists (select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'act_ru_identitylink') then
        update act_ru_identitylink set group_id_ = 'officer:' || group_id_ where group_id_ like 'commune:%';
        update act_ru_identitylink set group_id_ = 'approver:' || group_id_
         where group_id_ like 'district:%' or group_id_ like 'province:%';
        update act_ru_variable set text_ = 'officer:' || text_ where name_ = 'communeGroup' and text_ like 'commune:%';
        update act_ru_variable set text_ = 'approver:' || text_
         where name_ = 'approverGroup' and (text_ like 'district:%' or text_ like 'province:%');
    end if;
    update casework_case set approver_group = 'approver:' || approver_group
     where approver_group like 'district:%' or approver_group like 'province:%';
end $$;
