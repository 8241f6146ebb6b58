package kr.policy.checker.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import kr.policy.checker.archive.ArchivedFile;
import kr.policy.checker.archive.ArchivedVersion;
import kr.policy.checker.ruleset.RuleSetDiff;

/** Contract §8.1 and §8.2: archived versions, their files, and the difference of two. */
final class RuleSetHistoryViews {
    private RuleSetHistoryViews() {
    }

    /** {@code candidate}: archived by a simulation and never in service (an addition). */
    @JsonPropertyOrder({"version", "firstInServiceAt", "inService", "loadedBy", "files", "archivedAt", "candidate"})
    record VersionItem(String version, OffsetDateTime firstInServiceAt, boolean inService, LoadedBy loadedBy,
                       int files, OffsetDateTime archivedAt, boolean candidate) {
        static VersionItem of(ArchivedVersion v, String inService) {
            return new VersionItem(v.version, v.firstInServiceAt, v.version.equals(inService), LoadedBy.of(v),
                    v.fileCount, v.archivedAt, v.firstInServiceAt == null);
        }
    }

    record VersionList(List<VersionItem> items, long total) {
    }

    record LoadedBy(UUID keyId, String organization) {
        static LoadedBy of(ArchivedVersion v) {
            return v.loadedByKeyId == null ? null : new LoadedBy(v.loadedByKeyId, v.loadedByOrganization);
        }
    }

    record FileItem(String path, String sha256, int bytes) {
        static FileItem of(ArchivedFile f) {
            return new FileItem(f.path, f.sha256, f.bytes);
        }
    }

    /** {@code domains} as in GET /api/v1/rulesets; null (with {@code compileError}) if this build cannot compile it. */
    @JsonPropertyOrder({"version", "firstInServiceAt", "inService", "loadedBy", "files", "domains", "compileError"})
    record VersionDetail(String version, OffsetDateTime firstInServiceAt, boolean inService, LoadedBy loadedBy,
                         List<FileItem> files, List<RuleSetView.DomainView> domains,
                         @com.fasterxml.jackson.annotation.JsonInclude(
                                 com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String compileError) {
    }

    /** Contract §9; {@code startedAt}, {@code adoptError} and {@code self} (the instance that answered) are additions. */
    @JsonPropertyOrder({"instance", "version", "seenAt", "startedAt", "adoptError", "self"})
    record InstanceView(String instance, String version, OffsetDateTime seenAt, OffsetDateTime startedAt,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String adoptError,
                        boolean self) {
    }

    record InstancesView(String desired, List<InstanceView> instances) {
    }

    @JsonPropertyOrder({"from", "to", "files", "rules", "holidays"})
    record DiffView(String from, String to, List<RuleSetDiff.FileChange> files, List<RuleSetDiff.RuleChange> rules,
                    List<RuleSetDiff.HolidayChange> holidays) {
        static DiffView of(String from, String to, RuleSetDiff diff) {
            return new DiffView(from, to, diff.files(), diff.rules(), diff.holidays());
        }
    }
}
