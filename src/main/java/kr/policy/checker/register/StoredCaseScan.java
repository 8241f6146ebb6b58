package kr.policy.checker.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.judging.CaseJudge;
import kr.policy.checker.problem.ProblemException;
import kr.policy.checker.problem.ProblemType;
import kr.policy.checker.text.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * At start, off the start-up path: reads every stored case's facts (as created, and as now) the way input is read
 * today, and reports those it cannot read (log, readiness, the rule authors' page) without stopping the service.
 * Pages of cases by id, a short transaction each, only the two JSON columns read.
 */
@ApplicationScoped
public class StoredCaseScan {
    private static final Logger LOG = Logger.getLogger(StoredCaseScan.class);
    private static final int PAGE = 500;

    @Inject
    EntityManager em;
    @Inject
    CaseJudge judge;
    @Inject
    ObjectMapper json;
    @Inject
    UnreadableCases unreadable;
    @Inject
    ManagedExecutor executor;

    @ConfigProperty(name = "checker.stored-cases.scan-at-start", defaultValue = "true")
    boolean atStart;

    void onStart(@Observes @Priority(5100) StartupEvent event) {
        if (atStart) {
            executor.runAsync(this::scan).exceptionally(e -> {
                LOG.error("the scan of stored cases failed; unreadable cases are still found when read", e);
                return null;
            });
        }
    }

    /** Reads every stored case; returns how many could not be read. */
    public int scan() {
        UUID after = new UUID(0, 0); // the smallest id as both databases order UUIDs (unsigned, byte by byte)
        int found = 0;
        while (true) {
            UUID from = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                            "select c.id, c.domain, c.organization, c.initialFactsJson, c.factsJson from RegisteredCase c"
                                    + " where c.id > :after order by c.id", Object[].class)
                    .setParameter("after", from).setMaxResults(PAGE).getResultList());
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] row : rows) {
                if (!readable((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4])) {
                    found++;
                }
            }
            after = (UUID) rows.get(rows.size() - 1)[0];
        }
        if (found > 0) {
            LOG.warnf("%d stored case(s) hold values the service no longer reads; they are not judged until registered "
                    + "again (readiness data and the rule authors' page list them)", found);
        }
        return found;
    }

    private boolean readable(UUID id, String domain, String organization, String initialFacts, String facts) {
        try {
            for (String text : List.of(initialFacts, facts)) {
                judge.checkStored(domain, parse(text), Language.EN);
            }
            unreadable.readable(id);
            return true;
        } catch (ProblemException e) {
            if (e.type() != ProblemType.STORED_CASE_UNREADABLE) {
                throw e;
            }
            unreadable.report(id, domain, organization, e.errors());
            LOG.warnf("stored case %s (%s, %s) cannot be read: %s", id, domain, organization, e.errors());
            return false;
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new ProblemException(ProblemType.STORED_CASE_UNREADABLE, List.of(), "detail.storedUnreadable");
        }
    }
}
