package kr.policy.checker.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rule file's exact bytes, kept once by their SHA-256 however many versions hold them. */
@Entity
@Table(name = "rule_file_content")
public class FileContent extends PanacheEntityBase {
    @Id
    public String sha256;
    @Column(nullable = false)
    public byte[] content;
}
