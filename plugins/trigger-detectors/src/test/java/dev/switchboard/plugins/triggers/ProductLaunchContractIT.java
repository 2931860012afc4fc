package dev.switchboard.plugins.triggers;

import java.util.List;

import dev.switchboard.sdk.model.Document;

class ProductLaunchContractIT extends PluginDetectorContract {

    @Override
    String detectorId() {
        return "product-launch";
    }

    @Override
    protected List<Document> positiveExamples() {
        return List.of(document("Umbrella Corp launches a new app for farmers.", "en"),
                document("Alza.cz uvádí na trh novou aplikaci pro nákupy."),
                document("InPost wprowadza na rynek nowy paczkomat.", "pl"),
                document("Сбер запускает новое приложение для бизнеса."),
                document("SAP bringt eine neue KI-Plattform auf den Markt.", "de"));
    }
}
