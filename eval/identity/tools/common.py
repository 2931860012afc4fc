"""Registry of the hand-written people of the identity holdout set."""

PEOPLE = []  # list of (tags, [rows]); a row is (source, first, last, email, phone, company, city)

SOURCES = {"crm", "erp", "web-form", "newsletter", "event", "import", "helpdesk", "webinar", "billing"}


def P(tags, *rows):
    for r in rows:
        if len(r) != 7:
            raise ValueError(f"row needs 7 fields: {r}")
        if r[0] not in SOURCES:
            raise ValueError(f"unknown source {r[0]!r}: {r}")
    PEOPLE.append((tags.split(), list(rows)))
