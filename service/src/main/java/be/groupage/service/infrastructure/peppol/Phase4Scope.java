package be.groupage.service.infrastructure.peppol;

import com.helger.scope.mgr.ScopeManager;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * phase4 keeps its managers (profiles, P-Modes, the AS4 message ids seen) in a global scope: begun once, when the
 * first message is sent or received, and ended with the application if it was begun here.
 */
@ApplicationScoped
public class Phase4Scope {

    private boolean owned;

    synchronized void begin() {
        if (!ScopeManager.isGlobalScopePresent()) {
            ScopeManager.onGlobalBegin("groupage-peppol");
            owned = true;
        }
    }

    @PreDestroy
    synchronized void end() {
        if (owned && ScopeManager.isGlobalScopePresent()) {
            ScopeManager.onGlobalEnd();
        }
    }
}
