package heard.security;

import java.util.List;
import java.util.Optional;

import heard.security.accounts.StaffAccount;
import heard.security.persistence.StaffAccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds members of staff, e.g. the responding managers a complaint can be allocated to. */
@Component
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<StaffMember> byId(long id) {
        return accounts.findById(id).map(StaffAccount::member);
    }

    public Optional<StaffMember> byUsername(String username) {
        return accounts.findByUsername(username).map(StaffAccount::member);
    }

    /** Active staff who hold the role, by name. */
    public List<StaffMember> withRole(Role role) {
        return accounts.findAll().stream().map(StaffAccount::member)
                .filter(m -> m.active() && m.has(role)).toList();
    }
}
