/**
 * Reports: purchases per member over a period, by the rules of {@code core.reports} ({@code ReportService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access} and the ports of
 * {@code application.port.reports}.
 */
package be.groupage.service.application.reports;
