"""One hand-written person: tags naming its difficulties, its records as stored by each system.

A record is (source, first_name, last_name, email, phone, company, city).
`group` names a set of different people who deliberately share an e-mail or a phone
(shared mailbox, switchboard, family phone); build.py refuses any other shared contact.
"""


class P:
    def __init__(self, tags, recs, group=None, note=None):
        self.tags = tags.split()
        self.recs = [tuple(r) for r in recs]
        self.group = group
        self.note = note
