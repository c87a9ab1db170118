/**
 * Reports: what each member bought over a period — value and kilograms, share of organic and of
 * short-circuit goods by value — from plain {@link be.groupage.core.reports.Purchase} and
 * {@link be.groupage.core.reports.ReportProduct} records, so the service can feed it from the database
 * (or from a {@link be.groupage.core.reception.Reception} with
 * {@link be.groupage.core.reports.Purchase#fromReception}). Definitions in
 * {@link be.groupage.core.reports.PurchaseReports}.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.reception} (the delivered lines
 * and the kilogram rule), {@code be.groupage.core.catalogue} (labels and prices of its inputs) and the
 * JDK. No framework.
 */
package be.groupage.core.reports;
