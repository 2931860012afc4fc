package dev.switchboard.plugins.triggers;

import java.util.List;

import dev.switchboard.sdk.model.Document;

class LeadershipChangeContractIT extends PluginDetectorContract {

    @Override
    String detectorId() {
        return "leadership-change";
    }

    @Override
    protected List<Document> positiveExamples() {
        return List.of(document("Initech appoints Jane Smith as new CEO.", "en"),
                document("Novým generálním ředitelem Komerční banky se stal Jan Juchelka."),
                document("Nowym prezesem PKO BP został Paweł Gruza.", "pl"),
                document("Новым генеральным директором «Аэрофлота» назначен Сергей Александровский."),
                document("Neuer CEO bei der Commerzbank: Bettina Orlopp übernimmt den Vorsitz.", "de"));
    }
}
