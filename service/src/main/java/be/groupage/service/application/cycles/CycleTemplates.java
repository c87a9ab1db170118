package be.groupage.service.application.cycles;

import be.groupage.core.cycle.Cadence;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.Recurrence;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.access.AuditLog;
import be.groupage.service.application.port.catalogue.CatalogueDetails;
import be.groupage.service.application.port.catalogue.CatalogueStore;
import be.groupage.service.application.port.cycles.CycleBook;
import be.groupage.service.application.port.cycles.CycleDetails;
import be.groupage.service.application.port.cycles.CycleTemplateBook;
import be.groupage.service.application.port.cycles.CycleTemplateBook.TemplateDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recurring cycles: the coordinator saves a cycle as a template (every week or every two weeks) and the next
 * {@value #AHEAD} cycles are created ahead of time, each a DRAFT with the template cycle's cooperative, pooling rule,
 * framework-agreement lot, shared costs and subsidies, on the cooperative's current catalogue version, at the dates
 * {@code core}'s {@link Recurrence} gives; each then opens by itself at its opening time ({@link CycleOpening}).
 *
 * <p>Exactly once, even with several instances: an occurrence is claimed by inserting its (template, number) key
 * first ({@link CycleTemplateBook#claim}); only the transaction that inserted it creates the cycle.
 */
@ApplicationScoped
public class CycleTemplates {

    /** How many cycles of a series are created ahead of time. */
    public static final int AHEAD = 2;

    @Inject
    CurrentAccount caller;

    @Inject
    CycleTemplateBook templates;

    @Inject
    CycleBook cycles;

    @Inject
    CatalogueStore catalogues;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the coordinator asks: repeat that cycle at that cadence. */
    public record NewTemplate(Long cycle, String cadence) {
    }

    /** Saves the cycle as a template and creates its next cycles at once. */
    @Transactional
    public TemplateDetails create(NewTemplate request) {
        Account account = caller.requireRole(Role.COORDINATOR);
        InputChecks errors = InputChecks.start();
        Optional<CycleDetails> source = Optional.empty();
        if (errors.required("cycle", request.cycle())) {
            source = cycles.find(request.cycle());
            if (source.isEmpty()) {
                errors.error("cycle", "is not a known cycle: " + request.cycle());
            } else if (source.get().status() == CycleStatus.CANCELLED) {
                errors.error("cycle", "is cancelled: repeat a cycle that takes place");
            }
        }
        Optional<Cadence> cadence = errors.choice("cadence", request.cadence(), Cadence.class);
        errors.throwIfAny();
        Optional<TemplateDetails> running = templates.activeFor(source.get().id());
        if (running.isPresent()) {
            throw new ConflictException("Cycle " + source.get().id() + " is already repeated by template " + running.get().id()
                    + "; stop it first to change the cadence.");
        }
        Instant now = clock.instant();
        long id = templates.create(source.get().id(), cadence.get(), now, account.login());
        audit.append(now, account.login(), "CYCLE_TEMPLATE_CREATED", "cycle-template", String.valueOf(id),
                "repeats cycle " + source.get().id() + " " + cadence.get());
        createAhead(id, source.get(), cadence.get(), account.login());
        return templates.find(id).orElseThrow();
    }

    @Transactional
    public List<TemplateDetails> list() {
        caller.requireRole(Role.COORDINATOR);
        return templates.list();
    }

    @Transactional
    public TemplateDetails get(long id) {
        caller.requireRole(Role.COORDINATOR);
        return templates.find(id).orElseThrow(() -> noTemplate(id));
    }

    /** Stops the template: no further cycle is created; those already created stay (the coordinator may cancel them). */
    @Transactional
    public TemplateDetails stop(long id) {
        Account account = caller.requireRole(Role.COORDINATOR);
        templates.find(id).orElseThrow(() -> noTemplate(id));
        Instant now = clock.instant();
        if (templates.stop(id, now, account.login())) {
            audit.append(now, account.login(), "CYCLE_TEMPLATE_STOPPED", "cycle-template", String.valueOf(id), "no further cycle");
        }
        return templates.find(id).orElseThrow();
    }

    /** The templates still running, for the timer. */
    @Transactional
    public List<Long> running() {
        return templates.active();
    }

    /**
     * Creates the template's next cycles that are not created yet, for the timer.
     *
     * @return how many this call created
     */
    @Transactional
    public int createAhead(long templateId, String actor) {
        Optional<TemplateDetails> template = templates.lockActive(templateId);
        if (template.isEmpty()) {
            return 0;
        }
        CycleDetails source = cycles.find(template.get().sourceCycleId()).orElseThrow();
        return createAhead(templateId, source, template.get().cadence(), actor);
    }

    private int createAhead(long templateId, CycleDetails source, Cadence cadence, String actor) {
        Recurrence recurrence = Recurrence.of(cadence, source.opensAt(), source.closesAt(), source.deliveryDate(), CycleService.BRUSSELS);
        Instant now = clock.instant();
        int created = 0;
        for (Recurrence.Occurrence next : recurrence.upcoming(now, AHEAD)) {
            if (!templates.claim(templateId, next.number(), now)) {
                continue;
            }
            CatalogueDetails catalogue = catalogues.latestOf(source.supplierCode()).orElseThrow(
                    () -> new IllegalStateException("Supplier " + source.supplierCode() + " has no catalogue"));
            CycleDetails cycle = cycles.create(new CycleBook.NewCycle(source.title(), source.supplierCode(), catalogue.id(), next.opensAt(),
                    next.closesAt(), next.deliveryDate(), source.caseRounding(), source.allocation(), source.lot(), source.sharedCosts(),
                    source.subsidies()), now, actor);
            templates.attach(templateId, next.number(), cycle.id());
            audit.append(now, actor, "CYCLE_CREATED", "cycle", String.valueOf(cycle.id()), "\"" + cycle.title() + "\" from template "
                    + templateId + " (occurrence " + next.number() + " of cycle " + source.id() + ") on catalogue " + catalogue.id()
                    + " (version " + catalogue.version() + ") of " + source.supplierCode() + ", opens " + cycle.opensAt() + ", closes " + cycle.closesAt());
            created++;
        }
        return created;
    }

    private static NotFoundException noTemplate(long id) {
        return new NotFoundException("No cycle template " + id + ".");
    }
}
