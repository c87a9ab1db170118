package be.groupage.service.infrastructure.documents;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The OpenPeppol validation of May 2026 (BIS Billing 3.0.21): UBL 2.1 XSD, EN 16931 schematron, Peppol
 * schematron, through phive. The first document costs seconds (the rules are compiled), so a test class
 * keeps one.
 */
public final class PeppolValidator {

    private final ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();

    public PeppolValidator() {
        PeppolValidation2026_05.init(registry);
    }

    /** Errors (not warnings) of an invoice, each as {@code ID: text @ location}. */
    public List<String> invoiceErrors(byte[] xml) {
        return errors(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3, xml, false);
    }

    public List<String> creditNoteErrors(byte[] xml) {
        return errors(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3, xml, false);
    }

    public List<String> invoiceWarnings(byte[] xml) {
        return errors(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3, xml, true);
    }

    public List<String> creditNoteWarnings(byte[] xml) {
        return errors(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3, xml, true);
    }

    private List<String> errors(DVRCoordinate vesid, byte[] xml, boolean warnings) {
        IValidationExecutorSet<IValidationSourceXML> ves = registry.getOfID(vesid);
        if (ves == null) {
            throw new IllegalStateException("No validation rules " + vesid);
        }
        ValidationResultList result = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), ves,
                ValidationSourceXML.create(new ReadableResourceByteArray("document.xml", xml)), Locale.ENGLISH);
        List<String> found = new ArrayList<>();
        result.forEachFlattened(e -> {
            boolean isError = e.getErrorLevel().isError();
            if (isError != warnings) {
                found.add(describe(e));
            }
        });
        if (!warnings && result.containsAtLeastOneError() && found.isEmpty()) {
            found.add("invalid, with no error detail");
        }
        return found;
    }

    private static String describe(IError e) {
        return e.getErrorID() + ": " + e.getErrorText(Locale.ENGLISH) + (e.hasErrorLocation() ? " @ " + e.getErrorLocation().getAsString() : "")
                + (e.getErrorFieldName() == null ? "" : " [" + e.getErrorFieldName() + "]");
    }
}
