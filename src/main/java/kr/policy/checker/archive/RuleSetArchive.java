package kr.policy.checker.archive;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kr.policy.checker.engine.RuleFile;
import kr.policy.checker.engine.RuleSet;
import kr.policy.checker.security.Principal;

/**
 * The rule-set archive (contract §8.1): every version that enters service, and every simulation's candidate, with
 * each file's path and exact bytes, once per digest. Nothing here changes or deletes an archived version's files.
 */
@ApplicationScoped
public class RuleSetArchive {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** A page of versions, newest first. */
    public record Listing(List<ArchivedVersion> items, long total) {
    }

    /**
     * Records that {@code set} was put in service, by {@code admin}'s reload or (null) at a start: archived if new,
     * its first time in service noted once, and the activation logged. True when it had never been in service.
     */
    @Transactional
    public boolean putInService(RuleSet set, Principal admin) {
        return putInService(set, admin, admin == null ? Activation.Kind.START : Activation.Kind.RELOAD);
    }

    /** An instance took {@code set} (an archived version) as the desired one: logged as ADOPTED. */
    @Transactional
    public void adopted(RuleSet set) {
        putInService(set, null, Activation.Kind.ADOPTED);
    }

    private boolean putInService(RuleSet set, Principal admin, Activation.Kind kind) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ArchivedVersion v = store(set.version(), set.files(), now);
        boolean first = v.firstInServiceAt == null;
        if (first) {
            v.firstInServiceAt = now;
            if (admin != null) {
                v.loadedByKeyId = admin.keyId();
                v.loadedByOrganization = admin.organization();
            }
        }
        Activation a = new Activation();
        a.id = UUID.randomUUID();
        a.version = set.version();
        a.activatedAt = now;
        a.kind = kind;
        a.keyId = admin == null ? null : admin.keyId();
        a.organization = admin == null ? null : admin.organization();
        a.persist();
        return first;
    }

    /** The version every instance should serve, once one has been set. */
    @Transactional
    public Optional<DesiredVersion> desired() {
        return DesiredVersion.findByIdOptional(DesiredVersion.ONLY);
    }

    /** Makes {@code version} (archived) the one every instance should serve. */
    @Transactional
    public void desire(String version, String by) {
        DesiredVersion d = DesiredVersion.findById(DesiredVersion.ONLY, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            d = new DesiredVersion();
            d.id = DesiredVersion.ONLY;
            d.version = version;
            d.setAt = OffsetDateTime.now(clock);
            d.setBy = by;
            d.persist();
        } else if (!d.version.equals(version)) {
            d.version = version;
            d.setAt = OffsetDateTime.now(clock);
            d.setBy = by;
        }
    }

    /** This instance's report: what it serves now and, if it could not adopt the desired version, why. */
    @Transactional
    public void report(String instance, String version, OffsetDateTime startedAt, String adoptError) {
        ServiceInstance s = ServiceInstance.findById(instance);
        boolean first = s == null;
        if (first) {
            s = new ServiceInstance();
            s.instance = instance;
        }
        s.startedAt = startedAt;
        s.version = version;
        s.seenAt = OffsetDateTime.now(clock);
        s.adoptError = adoptError == null ? null : adoptError.substring(0, Math.min(2000, adoptError.length()));
        if (first) {
            s.persist();
        }
    }

    /** The instances that reported since {@code since}, most recently seen first. */
    @Transactional
    public List<ServiceInstance> instances(OffsetDateTime since) {
        return ServiceInstance.list("seenAt >= ?1", Sort.by("seenAt", Sort.Direction.Descending), since);
    }

    /** Archives a candidate rule set (a simulation's): kept like any version, not in service. */
    @Transactional
    public ArchivedVersion keepCandidate(RuleSet set) {
        return store(set.version(), set.files(), OffsetDateTime.now(clock));
    }

    /**
     * Archives files as a version without compiling them (what another build's instance left, for one); returns the
     * version.
     */
    @Transactional
    public String keepFiles(List<RuleFile> files) {
        List<RuleFile> sorted = files.stream().sorted(java.util.Comparator.comparing(RuleFile::path)).toList();
        String version = kr.policy.checker.ruleset.RuleDirectory.digest(sorted);
        store(version, sorted, OffsetDateTime.now(clock));
        return version;
    }

    private ArchivedVersion store(String version, List<RuleFile> files, OffsetDateTime now) {
        ArchivedVersion existing = ArchivedVersion.findById(version);
        if (existing != null) {
            return existing;
        }
        ArchivedVersion v = new ArchivedVersion();
        v.version = version;
        v.archivedAt = now;
        v.fileCount = files.size();
        v.persist();
        for (RuleFile f : files) {
            String sha = sha256(f.content());
            if (FileContent.findById(sha) == null) {
                FileContent c = new FileContent();
                c.sha256 = sha;
                c.content = f.content();
                c.persist();
            }
            ArchivedFile af = new ArchivedFile();
            af.version = version;
            af.path = f.path();
            af.sha256 = sha;
            af.bytes = f.content().length;
            af.persist();
        }
        return v;
    }

    @Transactional
    public Listing list(int page, int size) {
        var query = ArchivedVersion.<ArchivedVersion>findAll(
                Sort.by("firstInServiceAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                        .and("archivedAt", Sort.Direction.Descending));
        return new Listing(query.page(Page.of(page, size)).list(), query.count());
    }

    @Transactional
    public Optional<ArchivedVersion> find(String version) {
        return ArchivedVersion.findByIdOptional(version);
    }

    /** The version's files in path order, without their bytes. */
    @Transactional
    public List<ArchivedFile> listFiles(String version) {
        return ArchivedFile.list("version", Sort.by("path"), version);
    }

    /** The version's files with their bytes: what compiles it again, on any instance. */
    @Transactional
    public Optional<List<RuleFile>> files(String version) {
        if (ArchivedVersion.findById(version) == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("select f.path, c.content from ArchivedFile f, FileContent c "
                + "where f.version = :v and c.sha256 = f.sha256 order by f.path", Object[].class)
                .setParameter("v", version).getResultList();
        return Optional.of(rows.stream().map(r -> new RuleFile((String) r[0], (byte[]) r[1])).toList());
    }

    /** One file's exact bytes. */
    @Transactional
    public Optional<byte[]> file(String version, String path) {
        return em.createQuery("select c.content from ArchivedFile f, FileContent c "
                        + "where f.version = :v and f.path = :p and c.sha256 = f.sha256", byte[].class)
                .setParameter("v", version).setParameter("p", path).getResultStream().findFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
