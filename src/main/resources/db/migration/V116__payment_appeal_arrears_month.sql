-- The month an appeal's arrears become payable (the month of the appeal's decision): the first cycle of that month
-- or later pays them as one arrears line.
alter table payment_appeal_effect add column arrears_month date;
