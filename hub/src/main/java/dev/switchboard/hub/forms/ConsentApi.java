package dev.switchboard.hub.forms;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/consents/withdraw {"email", "purpose"}} (admin key): records a withdrawal. */
@RestController
@RequestMapping("/api/consents")
class ConsentApi {

    private final FormWithdrawal withdrawal;

    ConsentApi(FormWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
    }

    /** A withdrawal request. */
    record Withdrawal(String email, String purpose) {
    }

    @PostMapping("/withdraw")
    Map<String, Object> withdraw(@RequestBody Withdrawal body, HttpServletRequest request) {
        return withdrawal.withdraw(body.email(), body.purpose(), "api", request.getRemoteAddr(),
                request.getHeader("User-Agent"));
    }
}
