package vn.ansinh.audit;

import java.time.LocalDate;

/** The viewer's filter form as typed (dates dd/MM/yyyy); bound with errors so a bad date is a 400 with the field. */
public class AuditFilterForm {

    private String user;
    private String recordType;
    private String record;
    private String action;
    private boolean refusals;
    private LocalDate from;
    private LocalDate to;
    private Long before;

    AuditQuery toQuery() {
        return new AuditQuery(user, recordType, record, action, refusals, from, to, before);
    }

    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public boolean isRefusals() { return refusals; }
    public void setRefusals(boolean refusals) { this.refusals = refusals; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getBefore() { return before; }
    public void setBefore(Long before) { this.before = before; }
}
