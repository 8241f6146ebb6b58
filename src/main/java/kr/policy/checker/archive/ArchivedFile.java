package kr.policy.checker.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One file of an archived version: its path and the digest of its bytes (kept once in {@link FileContent}). */
@Entity
@Table(name = "rule_set_file")
@IdClass(ArchivedFile.Key.class)
public class ArchivedFile extends PanacheEntityBase {
    @Id
    public String version;
    @Id
    public String path;
    @Column(nullable = false)
    public String sha256;
    @Column(nullable = false)
    public int bytes;

    public record Key(String version, String path) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
