package dev.switchboard.hub.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypeFilterTest {

    @Test
    void absentBlankOrStarMeansEveryType() {
        assertThat(TypeFilter.parse(null).matchesAll()).isTrue();
        assertThat(TypeFilter.parse(" ").matchesAll()).isTrue();
        assertThat(TypeFilter.parse("contact.created,*").matchesAll()).isTrue();
        assertThat(TypeFilter.ALL.sqlCondition()).isEqualTo("TRUE");
    }

    @Test
    void listsAndPrefixWildcardsBecomeSql() {
        TypeFilter filter = TypeFilter.parse("contact.created, lead.assigned ,account.*");

        assertThat(filter.sqlCondition())
                .isEqualTo("(event_type IN (?, ?) OR event_type LIKE ? ESCAPE '!')");
        assertThat(filter.sqlArguments()).containsExactly("contact.created", "lead.assigned", "account.%");
    }

    @Test
    void likeWildcardsInAPrefixAreTakenLiterally() {
        assertThat(TypeFilter.parse("erp_order.*").sqlArguments()).containsExactly("erp!_order.%");
    }

    @Test
    void aWildcardInsideATypeIsRefused() {
        assertThatThrownBy(() -> TypeFilter.parse("contact.*.created"))
                .hasMessageContaining("a wildcard may only end a type");
    }
}
