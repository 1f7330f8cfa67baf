-- The search key joins the head's name, address, village and every member's name and CCCD: with the member limit
-- (30) and the column limits it can reach ≈ 5.000 characters, so a bound of 1.000 turned a large household into a
-- "conflicting data" error. varchar → text is binary-compatible: no table rewrite, the trigram index stays.
alter table household alter column search_key type text;
