-- The code people read and quote for a case (issue 10): AS-<year>-<number>-<check>, the year the case was opened
-- (CaseReference). Stored once, so it never changes when the case is decided in another year. A case decided
-- before this keeps the code its decision and notice were printed with (the year it was decided).
alter table casework_case add column reference varchar(30);

update casework_case c
   set reference = 'AS-' || r.y || '-' || r.n || '-'
       || ((10 - (select sum(case when (length(r.y || r.n) - i) % 2 = 0
                                  then (substr(r.y || r.n, i, 1)::int * 2) - case when substr(r.y || r.n, i, 1)::int * 2 > 9 then 9 else 0 end
                                  else substr(r.y || r.n, i, 1)::int end)
                    from generate_series(1, length(r.y || r.n)) i) % 10) % 10)
  from (select id,
               extract(year from coalesce(decided_on, (opened_at at time zone 'Asia/Ho_Chi_Minh')::date))::int::text as y,
               case when id > 999999 then id::text else lpad(id::text, 6, '0') end as n
          from casework_case) r
 where r.id = c.id;

create unique index casework_case_reference on casework_case (reference);
