package dev.switchboard.hub.crm.internal;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The store contract on H2 in PostgreSQL mode, the embedded default. */
class JdbcCrmStoreH2Test extends CrmStoreContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:crm-contract;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        H2.setUser("sa");
    }

    @Override
    protected DataSource dataSource() {
        return H2;
    }
}
