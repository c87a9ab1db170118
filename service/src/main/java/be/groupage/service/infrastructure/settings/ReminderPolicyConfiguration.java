package be.groupage.service.infrastructure.settings;

import be.groupage.core.receivables.ReminderPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When reminders are due: the first {@code groupage.reminders.first-after-days} days after an invoice's due
 * date, the second {@code groupage.reminders.second-after-days} days after the first (15 and 15 by default).
 * A value that is not a whole number of at least one day stops the deployment with the setting's name.
 */
@ApplicationScoped
public class ReminderPolicyConfiguration {

    @Inject
    @ConfigProperty(name = "groupage.reminders.first-after-days", defaultValue = "15")
    int firstAfterDays;

    @Inject
    @ConfigProperty(name = "groupage.reminders.second-after-days", defaultValue = "15")
    int secondAfterDays;

    /** Dependent, not application-scoped: a record is final, so it cannot stand behind a client proxy. */
    @Produces
    ReminderPolicy reminderPolicy() {
        try {
            return ReminderPolicy.of(firstAfterDays, secondAfterDays);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("groupage.reminders.first-after-days and groupage.reminders.second-after-days: " + e.getMessage(), e);
        }
    }
}
