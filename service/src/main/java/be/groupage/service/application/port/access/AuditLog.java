package be.groupage.service.application.port.access;

import java.time.Instant;

/** Where audit lines are appended, inside the transaction of the change they record; never updated. */
public interface AuditLog {

    void append(Instant at, String actor, String action, String subjectType, String subjectId, String detail);
}
