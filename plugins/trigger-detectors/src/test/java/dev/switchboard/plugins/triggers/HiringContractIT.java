package dev.switchboard.plugins.triggers;

import java.util.List;

import dev.switchboard.sdk.model.Document;

class HiringContractIT extends PluginDetectorContract {

    @Override
    String detectorId() {
        return "hiring";
    }

    @Override
    protected List<Document> positiveExamples() {
        return List.of(document("Acme Corp is hiring twenty engineers in Prague.", "en"),
                document("Společnost Kofola přijme 150 nových zaměstnanců."),
                document("Firma Comarch zatrudni w tym roku 300 programistów.", "pl"),
                document("В «Яндексе» открыли 500 вакансий для разработчиков."),
                document("Die Deutsche Bahn sucht 25.000 neue Mitarbeiter.", "de"));
    }
}
