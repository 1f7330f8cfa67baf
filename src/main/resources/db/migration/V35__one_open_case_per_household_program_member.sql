-- One open case per household, program and member (none for a household program): the door checks it, this
-- index keeps two racing requests from both opening one.
create unique index casework_case_one_open on casework_case (household_id, program, coalesce(member_id, 0))
    where status not in ('APPROVED', 'REJECTED', 'CLOSED');
