package dev.switchboard.plugins.triggers;

import java.util.List;

import dev.switchboard.sdk.model.Document;

class FundingContractIT extends PluginDetectorContract {

    @Override
    String detectorId() {
        return "funding";
    }

    @Override
    protected List<Document> positiveExamples() {
        return List.of(document("Acme Robotics raised $12 million in a Series A round.", "en"),
                document("Startup Productboard získal investici 72 milionů dolarů."),
                document("Spółka Orlen zainwestuje 5 mld zł w nową rafinerię.", "pl"),
                document("ООО «Ромашка» привлекло 100 млн рублей инвестиций."),
                document("Das Berliner Start-up Acme sammelt in einer Finanzierungsrunde 20 Millionen Euro ein.", "de"));
    }
}
