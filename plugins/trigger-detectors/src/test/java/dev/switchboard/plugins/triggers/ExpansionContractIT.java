package dev.switchboard.plugins.triggers;

import java.util.List;

import dev.switchboard.sdk.model.Document;

class ExpansionContractIT extends PluginDetectorContract {

    @Override
    String detectorId() {
        return "expansion";
    }

    @Override
    protected List<Document> positiveExamples() {
        return List.of(document("Globex, the Prague-based startup, opened a new office in Berlin.", "en"),
                document("Rohlik.cz expanduje do Německa a otevírá sklad v Mnichově."),
                document("Comarch otwiera nowe biuro w Berlinie.", "pl"),
                document("«Яндекс» открывает новый офис в Казани."),
                document("Die Siemens AG eröffnet ein neues Werk in Ungarn.", "de"));
    }
}
