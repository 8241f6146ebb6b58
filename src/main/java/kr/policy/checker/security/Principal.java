package kr.policy.checker.security;

import java.util.UUID;

/** An authenticated caller: the key it used, its role and the organization whose data it may see. */
public record Principal(UUID keyId, String name, Role role, String organization) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins see every organization's data; everyone else only their own. */
    public boolean maySee(String dataOrganization) {
        return isAdmin() || organization.equals(dataOrganization);
    }
}
