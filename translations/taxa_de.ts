<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1
Qt %2 (built with %3)
LibTorch %4
OpenCV %5
%6</source>
        <translation type="vanished">Version %1
Qt %2 (kompiliert mit %3)
LibTorch %4
OpenCV %5
%6</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/AboutDialog.cpp" line="22"/>
        <source>CUDA available: %n device(s)</source>
        <translation>
            <numerusform>CUDA verfügbar: %n Gerät</numerusform>
            <numerusform>CUDA verfügbar: %n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="23"/>
        <source>CUDA not available: training and prediction run on the CPU</source>
        <translation>CUDA nicht verfügbar: Training und Vorhersage laufen auf der CPU</translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="24"/>
        <source>ML engine: LibTorch %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="27"/>
        <source>ML engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="34"/>
        <source>Version %1
Qt %2 (built with %3)
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="40"/>
        <source>About Taxa Workbench</source>
        <translation>Über Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="44"/>
        <source>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Fine-grained, long-tailed species classification: inspect iNaturalist datasets, train classifiers with the methods that won the 2018 competition, and analyse their errors.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Feingranulare Artklassifikation mit Long Tail: iNaturalist-Datensätze untersuchen, Klassifikatoren mit den Methoden der Gewinner des Wettbewerbs 2018 trainieren und ihre Fehler analysieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/AboutDialog.cpp" line="71"/>
        <source>ML engine: loading to read its versions...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisOverview</name>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="12"/>
        <source>Mean per-class top-1 accuracy by supercategory</source>
        <translation>Mittlere Top-1-Genauigkeit pro Klasse nach Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="12"/>
        <location filename="../ui/views/AnalysisOverview.cpp" line="15"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="14"/>
        <source>Mean per-class top-1 accuracy by training images</source>
        <translation>Top-1-Genauigkeit pro Klasse nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="16"/>
        <source>Top-1 errors by the closest shared rank</source>
        <translation>Top-1-Fehler nach gemeinsamem Rang</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="16"/>
        <source>Share of errors (%)</source>
        <translation>Anteil der Fehler (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="27"/>
        <source>Lowest rank that truth and prediction share</source>
        <translation>Niedrigster Rang, den Wahrheit und Vorhersage teilen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="28"/>
        <source>Training images per species</source>
        <translation>Trainingsbilder pro Art</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="41"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="42"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="56"/>
        <source>%1 classes, %2 val images</source>
        <translation>%1 Klassen, %2 Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="71"/>
        <source>%1–%2
%3 spp.</source>
        <translation>%1–%2
%3 Arten</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="94"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="77"/>
        <source>%1 classes with %2 val images</source>
        <translation>%1 Klassen mit %2 Validierungsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisOverview.cpp" line="106"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="133"/>
        <source>Clear B</source>
        <translation>B entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="82"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="83"/>
        <source>Confused pairs</source>
        <translation>Verwechselte Paare</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="84"/>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="118"/>
        <source>&amp;Open Predictions...</source>
        <translation>&amp;Vorhersagen öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="120"/>
        <source>A Kaggle submission CSV (id,predicted) or a top-k store of the val split</source>
        <translation>Eine Kaggle-Einreichung als CSV (id,predicted) oder ein Top-k-Speicher der Validierungsdaten</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="121"/>
        <source>From &amp;Run...</source>
        <translation>Aus &amp;Lauf...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="122"/>
        <source>A training run: its saved val predictions, or its best checkpoint&apos;s</source>
        <translation>Ein Trainingslauf: seine gespeicherten Validierungsvorhersagen oder die seines besten Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="123"/>
        <source>&amp;Predict with a Checkpoint...</source>
        <translation>Mit &amp;Checkpoint vorhersagen...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="124"/>
        <source>Predict the val split with a checkpoint (.pt), in the background</source>
        <translation>Die Validierungsdaten im Hintergrund mit einem Checkpoint (.pt) vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="130"/>
        <source>Compare &amp;with</source>
        <translation>Vergleichen &amp;mit</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="126"/>
        <source>Predictions File...</source>
        <translation>Vorhersagedatei...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="127"/>
        <source>Run...</source>
        <translation>Lauf...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="128"/>
        <source>Checkpoint...</source>
        <translation>Checkpoint...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="131"/>
        <source>A second prediction set (B) to compare class by class</source>
        <translation>Ein zweiter Vorhersagesatz (B) zum klassenweisen Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="140"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="136"/>
        <source>Report (JSON or CSV)...</source>
        <translation>Bericht (JSON oder CSV)...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="137"/>
        <source>All Plots (PNG, PDF or SVG)...</source>
        <translation>Alle Diagramme (PNG, PDF oder SVG)...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="134"/>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="45"/>
        <source>top-%1 error %2</source>
        <translation>Top-%1-Fehler %2</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="179"/>
        <source>Open a dataset first</source>
        <translation>Zuerst einen Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="183"/>
        <source>Still busy; cancel or wait</source>
        <translation>Noch beschäftigt; abbrechen oder warten</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="201"/>
        <source>Analysed %1</source>
        <translation>%1 analysiert</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="202"/>
        <source>Comparing with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="214"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="226"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="235"/>
        <source>Analysing %1...</source>
        <translation>%1 wird analysiert...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="250"/>
        <source>Predicting with %1...</source>
        <translation>Vorhersage mit %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="281"/>
        <source>%1 has no checkpoint to predict with yet</source>
        <translation>%1 hat noch keinen Checkpoint für Vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="301"/>
        <source>Open predictions of the val split, take them from a run, or predict with a checkpoint.</source>
        <translation>Vorhersagen für die Validierungsdaten öffnen, aus einem Lauf übernehmen oder mit einem Checkpoint erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="303"/>
        <source>Open a dataset, then predictions of its val split.</source>
        <translation>Einen Datensatz öffnen, dann Vorhersagen für seine Validierungsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="309"/>
        <source>&lt;b&gt;Top-%1 error %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Top-%1-Fehler %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="310"/>
        <source>(the %1 metric)</source>
        <translation>(die Metrik von %1)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="312"/>
        <source>%1 val images</source>
        <translation>%1 Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="319"/>
        <source>B: top-%1 error %2 (%3 points)</source>
        <translation>B: Top-%1-Fehler %2 (%3 Punkte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top-1 error %1&lt;/b&gt; · top-3 error %2 · %3 val images · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="vanished">&lt;b&gt;Top-1-Fehler %1&lt;/b&gt; · Top-3-Fehler %2 · %3 Validierungsbilder · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>B: top-1 error %1 (%2 points) · top-3 error %3 · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="vanished">B: Top-1-Fehler %1 (%2 Punkte) · Top-3-Fehler %3 · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="348"/>
        <source>Nothing analysed yet</source>
        <translation>Noch nichts analysiert</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="361"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="384"/>
        <source>Open Predictions</source>
        <translation>Vorhersagen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="384"/>
        <source>Compare with Predictions</source>
        <translation>Mit Vorhersagen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="385"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>Vorhersagen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="391"/>
        <source>Predict with a Checkpoint</source>
        <translation>Mit Checkpoint vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="392"/>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="397"/>
        <source>Choose a Run</source>
        <translation>Lauf auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="403"/>
        <location filename="../ui/views/AnalysisPanel.cpp" line="407"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="404"/>
        <source>JSON report (*.json);;CSV tables (*.csv)</source>
        <translation>JSON-Bericht (*.json);;CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="412"/>
        <location filename="../ui/views/AnalysisPanel.cpp" line="416"/>
        <source>Export All Plots</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/AnalysisPanel.cpp" line="413"/>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;PDF-Dokumente (*.pdf);;SVG-Zeichnungen (*.svg)</translation>
    </message>
</context>
<context>
    <name>AnalysisResult</name>
    <message>
        <location filename="../ui/models/AnalysisResult.cpp" line="73"/>
        <source>none (other kingdoms)</source>
        <translation>keins (verschiedene Reiche)</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="61"/>
        <source>Out of memory</source>
        <translation>Nicht genügend Speicher</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="63"/>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../ui/views/BarChart.cpp" line="16"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/views/BarChart.cpp" line="16"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/views/BarChart.cpp" line="173"/>
        <source>%1: %2%&lt;br&gt;%3: %4%</source>
        <translation>%1: %2%&lt;br&gt;%3: %4%</translation>
    </message>
</context>
<context>
    <name>BucketPlot</name>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="12"/>
        <source>Training images per species</source>
        <translation>Trainingsbilder pro Art</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="13"/>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="18"/>
        <source>Species per training-count bucket</source>
        <translation>Arten pro Bereich der Trainingsbildanzahl</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="36"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="120"/>
        <source>&lt;b&gt;%1 training images: %2 species&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Trainingsbilder: %2 Arten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/BucketPlot.cpp" line="127"/>
        <source>Click to list these species</source>
        <translation>Klicken, um diese Arten aufzulisten</translation>
    </message>
</context>
<context>
    <name>ConfusedPairsModel</name>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="58"/>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="60"/>
        <source>Val images of %1 taken for %2</source>
        <translation>Validierungsbilder von %1, die für %2 gehalten wurden</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="61"/>
        <source>The lowest taxon the two species share</source>
        <translation>Das niedrigste Taxon, das beide Arten gemeinsam haben</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="80"/>
        <source>Species A</source>
        <translation>Art A</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="82"/>
        <source>Species B</source>
        <translation>Art B</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="84"/>
        <source>A as B</source>
        <translation>A als B</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="86"/>
        <source>B as A</source>
        <translation>B als A</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="88"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfusedPairsModel.cpp" line="90"/>
        <source>Shared taxon</source>
        <translation>Gemeinsames Taxon</translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <location filename="../ui/DatasetSource.cpp" line="62"/>
        <source>%1: a locations file must name its split (train or val)</source>
        <translation>%1: Eine Standortdatei muss ihre Aufteilung angeben (train oder val)</translation>
    </message>
    <message>
        <location filename="../ui/DatasetSource.cpp" line="72"/>
        <source>%1: cannot tell which part of a dataset this is; expected a name like train2018.json, val2018.json, test2018.json or categories.json</source>
        <translation>%1: Es ist nicht erkennbar, zu welchem Teil eines Datensatzes diese Datei gehört; erwartet wird ein Name wie train2018.json, val2018.json, test2018.json oder categories.json</translation>
    </message>
    <message>
        <location filename="../ui/DatasetSource.cpp" line="79"/>
        <source>Choose at least a train annotation file (such as train2018.json)</source>
        <translation>Mindestens eine Trainings-Annotationsdatei auswählen (z. B. train2018.json)</translation>
    </message>
</context>
<context>
    <name>FindingItemsModel</name>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="45"/>
        <source>%1 (%2 train, %3 val)</source>
        <translation>%1 (%2 Training, %3 Validierung)</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="53"/>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="59"/>
        <source>Click to show this species</source>
        <translation>Klicken, um diese Art anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="59"/>
        <source>Click to show this image</source>
        <translation>Klicken, um dieses Bild anzuzeigen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="100"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="101"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="102"/>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="103"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="104"/>
        <source>Rights holder</source>
        <translation>Rechteinhaber</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="105"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="106"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="107"/>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="108"/>
        <source>Bounding box</source>
        <translation>Begrenzungsrahmen</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="146"/>
        <source>Select an image to view it here.</source>
        <translation>Ein Bild auswählen, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="158"/>
        <source>%1 (image id %2)</source>
        <translation>%1 (Bild-ID %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="162"/>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="166"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="174"/>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="176"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="176"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="178"/>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="178"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="180"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="186"/>
        <source>%1 × %2 at %3, %4</source>
        <translation>%1 × %2 bei %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="218"/>
        <source>Cannot read this image file:
%1</source>
        <translation>Diese Bilddatei kann nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ImageViewer.cpp" line="220"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>LongTailPanel</name>
    <message>
        <location filename="../ui/views/LongTailPanel.cpp" line="12"/>
        <source>Point at a species to name it; click to select it in the taxonomy, double-click to open it. Drag or scroll to zoom along the species; right-click to show all. Click a bucket to list its species.</source>
        <translation>Auf eine Art zeigen, um ihren Namen zu sehen; klicken, um sie in der Taxonomie auszuwählen, doppelklicken, um sie zu öffnen. Ziehen oder scrollen, um entlang der Arten zu zoomen; Rechtsklick zeigt alle. Auf einen Bereich klicken, um seine Arten aufzulisten.</translation>
    </message>
</context>
<context>
    <name>LongTailPlot</name>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="21"/>
        <source>Species, most training images first</source>
        <translation>Arten, absteigend nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="22"/>
        <source>Training images (log scale)</source>
        <translation>Trainingsbilder (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="31"/>
        <source>Images per species: the long tail</source>
        <translation>Bilder pro Art: der Long Tail</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="174"/>
        <source>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 training images, %4 val&lt;br&gt;%5 of %6 by training images</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 Trainingsbilder, %4 Validierung&lt;br&gt;Rang %5 von %6 nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/LongTailPlot.cpp" line="216"/>
        <source>Show all species</source>
        <translation>Alle Arten anzeigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Taxa Workbench</source>
        <translation>Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Long tail</source>
        <translation>Long Tail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="60"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Cannot open dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Could not read the test split: %1</source>
        <translation>Die Testdaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>&amp;Open Dataset Folder...</source>
        <translation>Datensatz-&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Open Dataset &amp;Files...</source>
        <translation>Datensatz-&amp;Dateien öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>D&amp;emo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Find Taxon</source>
        <translation>Taxon &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>&amp;Species</source>
        <translation>&amp;Arten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>&amp;Long Tail</source>
        <translation>&amp;Long Tail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>S&amp;ummary</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>&amp;About Taxa Workbench</source>
        <translation>&amp;Über Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Open an iNaturalist dataset folder</source>
        <translation>iNaturalist-Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="245"/>
        <source>Choose annotation files (train, and optionally val, test, categories)</source>
        <translation>Annotationsdateien auswählen (train und optional val, test, categories)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>Still closing the previous dataset; try again in a moment</source>
        <translation>Der vorherige Datensatz wird noch geschlossen; bitte gleich erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>%1 - Taxa Workbench</source>
        <translation>%1 - Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <location filename="../ui/MainWindow.cpp" line="332"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>Opened %1; reading the test split...</source>
        <translation>%1 geöffnet; Testdaten werden gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Drawing the demo dataset...</source>
        <translation>Demo-Datensatz wird erzeugt...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Demo dataset</source>
        <translation>Demo-Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Cannot write the demo dataset</source>
        <translation>Der Demo-Datensatz kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>A model is training. Stop it and quit?

The run is saved after the current batch and can be resumed from the Training tab.</source>
        <translation>Ein Modell wird trainiert. Training stoppen und beenden?

Der Lauf wird nach dem aktuellen Batch gespeichert und kann im Tab „Training“ fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <location filename="../ui/views/PairView.cpp" line="82"/>
        <source>Choose a pair of species to see them side by side</source>
        <translation>Ein Artenpaar auswählen, um beide nebeneinander zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/PairView.cpp" line="101"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 training images · val top-1 %4%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 Trainingsbilder · Top-1 (Validierung) %4%</translation>
    </message>
    <message>
        <location filename="../ui/views/PairView.cpp" line="109"/>
        <source>Training images (%1 shown)</source>
        <translation>Trainingsbilder (%1 angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/views/PairView.cpp" line="110"/>
        <source>Val images taken for %1: %2</source>
        <translation>Validierungsbilder, die für %1 gehalten wurden: %2</translation>
    </message>
</context>
<context>
    <name>PastRunsView</name>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="23"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="24"/>
        <source>Show &amp;curves</source>
        <translation>&amp;Kurven anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="25"/>
        <source>&amp;Analyse...</source>
        <translation>&amp;Analysieren...</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="37"/>
        <source>Choose a run to see its configuration</source>
        <translation>Einen Lauf auswählen, um seine Konfiguration zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="38"/>
        <source>Continue an unfinished run from its last checkpoint</source>
        <translation>Einen unvollendeten Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="39"/>
        <source>Show the run&apos;s logged curves</source>
        <translation>Die protokollierten Kurven des Laufs anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="41"/>
        <source>Predict the val split with the run&apos;s best checkpoint and analyse the errors</source>
        <translation>Die Validierungsdaten mit dem besten Checkpoint des Laufs vorhersagen und die Fehler analysieren</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="43"/>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../ui/views/PastRunsView.cpp" line="44"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>PerClassModel</name>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="97"/>
        <source>Top-1 accuracy of B minus that of A, in points</source>
        <translation>Top-1-Genauigkeit von B minus der von A, in Prozentpunkten</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="101"/>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="103"/>
        <source>Supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="105"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="107"/>
        <source>Val</source>
        <translation>Val.</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="109"/>
        <source>Top-1 A</source>
        <translation>Top-1 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="109"/>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="111"/>
        <source>Top-3 A</source>
        <translation>Top-3 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="111"/>
        <source>Top-3</source>
        <translation>Top-3</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="113"/>
        <source>Top-1 B</source>
        <translation>Top-1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="115"/>
        <source>Δ top-1</source>
        <translation>Δ top-1</translation>
    </message>
</context>
<context>
    <name>PerClassView</name>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="23"/>
        <source>Only classes with mistakes</source>
        <translation>Nur Klassen mit Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="29"/>
        <source>Filter by species or supercategory</source>
        <translation>Nach Art oder Oberkategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="45"/>
        <source>Its val images were taken for:</source>
        <translation>Validierungsbilder dieser Art wurden erkannt als:</translation>
    </message>
    <message>
        <location filename="../ui/views/PerClassView.cpp" line="114"/>
        <source>Nothing: every val image of it was right</source>
        <translation>Keine: Alle Validierungsbilder dieser Art wurden richtig erkannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/PerClassView.cpp" line="122"/>
        <source>%1 (%n image(s))</source>
        <translation>
            <numerusform>%1 (%n Bild)</numerusform>
            <numerusform>%1 (%n Bilder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="36"/>
        <source>Unknown format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>Unbekanntes Format &apos;%1&apos;: .png, .pdf oder .svg verwenden</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="39"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="65"/>
        <location filename="../ui/views/PlotExport.cpp" line="69"/>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="66"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/PlotExport.cpp" line="76"/>
        <source>Export Plot...</source>
        <translation>Diagramm exportieren...</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="39"/>
        <source>training</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="40"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="41"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="42"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="42"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="60"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="88"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="90"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="92"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="94"/>
        <source>Best top-1</source>
        <translation>Bestes Top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/RunListModel.cpp" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SpeciesPanel</name>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="95"/>
        <source>%1 species · %2 training images · %3 validation images</source>
        <translation>%1 Arten · %2 Trainingsbilder · %3 Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="106"/>
        <source>Choose a taxon in the taxonomy</source>
        <translation>Ein Taxon in der Taxonomie auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="106"/>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="109"/>
        <source>Select a species in the taxonomy, the long-tail plot or a split-check finding to see its images.</source>
        <translation>Eine Art in der Taxonomie, im Long-Tail-Diagramm oder in einem Befund der Aufteilungsprüfung auswählen, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="125"/>
        <source>%1 · %2 training images · %3 validation images · rank %4 of %5 species by training images</source>
        <translation>%1 · %2 Trainingsbilder · %3 Validierungsbilder · Rang %4 von %5 Arten nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="134"/>
        <source> · bucket %1–%2</source>
        <translation> · Bereich %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="140"/>
        <source>This species has no train or val images.</source>
        <translation>Diese Art hat keine Trainings- oder Validierungsbilder.</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="142"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="144"/>
        <location filename="../ui/views/SpeciesPanel.cpp" line="167"/>
        <source>Select a species to see its images.</source>
        <translation>Eine Art auswählen, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/SpeciesPanel.cpp" line="164"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(supercategory)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(Oberkategorie)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="15"/>
        <location filename="../ui/views/StageProgress.cpp" line="120"/>
        <source>No training in progress</source>
        <translation>Kein Training aktiv</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="46"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="92"/>
        <source>Finished after step %1</source>
        <translation>Nach Schritt %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="93"/>
        <source>Stopped at step %1</source>
        <translation>Bei Schritt %1 gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="106"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="108"/>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="109"/>
        <source>epoch %1/%2 · %3 left</source>
        <translation>Epoche %1/%2 · noch %3</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="114"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="114"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="116"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="124"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="124"/>
        <source>Preparing the model and data...</source>
        <translation>Modell und Daten werden vorbereitet...</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="129"/>
        <source>Step %1 · loss %2 · %3 images/s</source>
        <translation>Schritt %1 · Loss %2 · %3 Bilder/s</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="134"/>
        <source>Paused at step %1</source>
        <translation>Bei Schritt %1 pausiert</translation>
    </message>
    <message>
        <location filename="../ui/views/StageProgress.cpp" line="136"/>
        <source> · %1 left in all</source>
        <translation> · insgesamt noch %1</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="46"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="70"/>
        <source>Supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="72"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="74"/>
        <source>Train images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryModel.cpp" line="76"/>
        <source>Val images</source>
        <translation>Validierungsbilder</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="62"/>
        <source>&lt;b&gt;Split checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufteilungsprüfungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="89"/>
        <source>Select a finding to list what it concerns.</source>
        <translation>Einen Befund auswählen, um aufzulisten, was er betrifft.</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="93"/>
        <source>%1 images concerned; click one to view it.</source>
        <translation>%1 betroffene Bilder; zum Anzeigen auf eines klicken.</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="95"/>
        <source>%1 species concerned; click one to show it.</source>
        <translation>%1 betroffene Arten; zum Anzeigen auf eine klicken.</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="99"/>
        <source>%1 more not listed.</source>
        <translation>%1 weitere nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="102"/>
        <source>This finding names no species or images.</source>
        <translation>Dieser Befund nennt keine Arten oder Bilder.</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="128"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Struktur %2: %3 Arten, %4 Trainings- und %5 Validierungsbilder; Testdaten werden gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="134"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Struktur %2: %3 Arten, %4 Trainings-, %5 Validierungs- und %6 Testbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="142"/>
        <source>Val drawn from the one folder: %1% of each class, seed %2</source>
        <translation>Validierungsdaten aus dem einen Ordner gezogen: %1 % jeder Klasse, Seed %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist-%2-Struktur: %3 Arten, %4 Trainings- und %5 Validierungsbilder; Testdaten werden gelesen...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation type="vanished">&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist-%2-Struktur: %3 Arten, %4 Trainings-, %5 Validierungs- und %6 Testbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="147"/>
        <source>%1-%2: %3</source>
        <translation>%1-%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="148"/>
        <source>Train images per species: min %1, median %2, max %3. Species per training-count bucket: %4</source>
        <translation>Trainingsbilder pro Art: Minimum %1, Median %2, Maximum %3. Arten pro Bereich der Trainingsbildanzahl: %4</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="153"/>
        <source>All checks passed (%1)</source>
        <translation>Alle Prüfungen bestanden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/SummaryPanel.cpp" line="169"/>
        <source>The split checks run once the test split is read.</source>
        <translation>Die Aufteilungsprüfungen laufen, sobald die Testdaten gelesen sind.</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="69"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="71"/>
        <source>kingdom</source>
        <translation>Reich</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="73"/>
        <source>phylum</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="75"/>
        <location filename="../ui/models/TaxonomyModel.cpp" line="98"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="77"/>
        <source>order</source>
        <translation>Ordnung</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="79"/>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="81"/>
        <source>genus</source>
        <translation>Gattung</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="83"/>
        <location filename="../ui/models/TaxonomyModel.cpp" line="99"/>
        <source>species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="85"/>
        <source>supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="97"/>
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/TaxonomyModel.cpp" line="148"/>
        <source>%1 %2: %n species</source>
        <translation>
            <numerusform>%1 %2: %n Art</numerusform>
            <numerusform>%1 %2: %n Arten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="152"/>
        <source>%1% of the training images of %2, %3% of all</source>
        <translation>%1% der Trainingsbilder von %2, %3% aller</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="207"/>
        <source>Species at or below this taxon</source>
        <translation>Arten auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="209"/>
        <source>Training images at or below this taxon</source>
        <translation>Trainingsbilder auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="211"/>
        <source>Validation images at or below this taxon</source>
        <translation>Validierungsbilder auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="213"/>
        <source>Share of the parent&apos;s training images</source>
        <translation>Anteil an den Trainingsbildern des übergeordneten Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="221"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="223"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="225"/>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="227"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="229"/>
        <source>Val</source>
        <translation>Val.</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="231"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>TaxonomyPanel</name>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="41"/>
        <source>Search taxa by name</source>
        <translation>Taxa nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="127"/>
        <source>at any rank</source>
        <translation>auf jedem Rang</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="131"/>
        <source>in %1 names</source>
        <translation>auf Rang %1</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="43"/>
        <source>Which rank the search text must match</source>
        <translation>Welchem Rang der Suchtext entsprechen muss</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="49"/>
        <source>Fewest training images a shown species has</source>
        <translation>Mindestanzahl an Trainingsbildern einer angezeigten Art</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="50"/>
        <source>Most training images a shown species has</source>
        <translation>Höchstanzahl an Trainingsbildern einer angezeigten Art</translation>
    </message>
    <message>
        <source>7-rank tree</source>
        <translation type="vanished">Baum mit 7 Rängen</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="52"/>
        <source>Supercategory → species</source>
        <translation>Oberkategorie → Art</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="54"/>
        <source>Show the full taxonomy or species grouped by supercategory</source>
        <translation>Die vollständige Taxonomie oder die Arten nach Oberkategorie gruppiert anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="71"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="73"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/views/TaxonomyPanel.cpp" line="102"/>
        <source>Showing %1 of %2 species</source>
        <translation>%1 von %2 Arten angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/TaxonomyPanel.cpp" line="135"/>
        <source>%n-rank tree</source>
        <translation>
            <numerusform>Baum mit %n Rang</numerusform>
            <numerusform>Baum mit %n Rängen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <location filename="../ui/views/ThumbnailDelegate.cpp" line="46"/>
        <source>Cannot read
image</source>
        <translation>Bild nicht
lesbar</translation>
    </message>
    <message>
        <location filename="../ui/views/ThumbnailDelegate.cpp" line="46"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="52"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="52"/>
        <source>val</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="60"/>
        <source>%1
%2 x %3 px, image id %4</source>
        <translation>%1
%2 x %3 px, Bild-ID %4</translation>
    </message>
    <message>
        <location filename="../ui/models/ThumbnailModel.cpp" line="67"/>
        <source>(c) %1</source>
        <translation>(c) %1</translation>
    </message>
</context>
<context>
    <name>TrainConfigForm</name>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="55"/>
        <source>Average pooling</source>
        <translation>Average Pooling</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="56"/>
        <source>iSQRT-COV (second order)</source>
        <translation>iSQRT-COV (zweiter Ordnung)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="61"/>
        <source>Instance (as in the data)</source>
        <translation>Instanz (wie in den Daten)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="62"/>
        <source>Class-balanced</source>
        <translation>Klassenbalanciert</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="63"/>
        <source>Square-root</source>
        <translation>Quadratwurzel</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="64"/>
        <source>Power (q)</source>
        <translation>Potenz (q)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="66"/>
        <source>uniform</source>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="67"/>
        <source>taxonomy-aware</source>
        <translation>taxonomiebewusst</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="68"/>
        <source>Automatic (CUDA if present)</source>
        <translation>Automatisch (CUDA, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="69"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="70"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="71"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="73"/>
        <source>full epochs</source>
        <translation>volle Epochen</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="77"/>
        <location filename="../ui/views/TrainConfigForm.cpp" line="78"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="82"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="83"/>
        <source>Caps the batches per epoch, for quick experiments</source>
        <translation>Begrenzt die Batches pro Epoche, für schnelle Experimente</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Trains</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="86"/>
        <source>Peak LR</source>
        <translation>Max. LR</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="91"/>
        <source>Stages run one after the other. Trains: all, head, last:K blocks. Data: train, or val to fine-tune on the balanced val split.</source>
        <translation>Die Stufen laufen nacheinander. Trainiert: all, head, last:K Blöcke. Daten: train, oder val zum Feintuning auf den balancierten Validierungsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="104"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="105"/>
        <source>Choose the run folder</source>
        <translation>Lauf-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="112"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="113"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="114"/>
        <source>&amp;Head:</source>
        <translation>&amp;Kopf:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="115"/>
        <source>Crop / resize:</source>
        <translation>Ausschnitt / Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="119"/>
        <source>Label smoothing:</source>
        <translation>Label-Glättung:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="124"/>
        <source>Run folder:</source>
        <translation>Lauf-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="116"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="118"/>
        <source>&amp;Sampler:</source>
        <translation>&amp;Sampler:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="120"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="121"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="122"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="123"/>
        <source>&amp;Max steps:</source>
        <translation>&amp;Max. Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="134"/>
        <source>Quick CPU demo</source>
        <translation>Schnelle CPU-Demo</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="135"/>
        <source>2018 winner recipe (GPU)</source>
        <translation>Rezept des Gewinners 2018 (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainConfigForm.cpp" line="220"/>
        <source>Parent folder for the run</source>
        <translation>Übergeordneter Ordner für den Lauf</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="43"/>
        <source>Loss and learning rate</source>
        <translation>Loss und Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="45"/>
        <source>Accuracy per epoch</source>
        <translation>Genauigkeit pro Epoche</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="55"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="56"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="57"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="58"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="59"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="67"/>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="69"/>
        <source>loss (smoothed)</source>
        <translation>Loss (geglättet)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="70"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="73"/>
        <source>val top-1</source>
        <translation>top-1 (Validierung)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="74"/>
        <source>val top-3</source>
        <translation>top-3 (Validierung)</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingCurves.cpp" line="75"/>
        <source>train top-1</source>
        <translation>top-1 (Training)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="38"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="39"/>
        <location filename="../ui/views/TrainingPanel.cpp" line="278"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="40"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="46"/>
        <source>Train a new model with this configuration on the open dataset</source>
        <translation>Ein neues Modell mit dieser Konfiguration auf dem geöffneten Datensatz trainieren</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="48"/>
        <source>Pause after the current batch; click again to continue</source>
        <translation>Nach dem aktuellen Batch pausieren; erneut klicken, um fortzufahren</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="49"/>
        <source>Stop after the current batch, saving a checkpoint to resume from</source>
        <translation>Nach dem aktuellen Batch stoppen und einen Checkpoint zum Fortsetzen speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="55"/>
        <source>The training log appears here</source>
        <translation>Hier erscheint das Trainingsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="62"/>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="63"/>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="161"/>
        <source>A run is in progress; stop it first.</source>
        <translation>Ein Lauf ist aktiv; bitte zuerst stoppen.</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="165"/>
        <source>Open a dataset to train on.</source>
        <translation>Einen Datensatz zum Trainieren öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="171"/>
        <source>Resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="172"/>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="184"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="209"/>
        <source>Pausing after the current batch</source>
        <translation>Pause nach dem aktuellen Batch</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="209"/>
        <source>Continuing</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="215"/>
        <source>Stopping after the current batch...</source>
        <translation>Stopp nach dem aktuellen Batch...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="221"/>
        <source>Stopping and saving before closing...</source>
        <translation>Wird gestoppt und gespeichert, dann geschlossen...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="235"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="237"/>
        <source>Finished; best val top-1 %1%</source>
        <translation>Abgeschlossen; bestes Top-1 (Validierung) %1%</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="240"/>
        <source>Stopped; resume it from Past runs</source>
        <translation>Gestoppt; unter „Frühere Läufe“ fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingPanel.cpp" line="278"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="71"/>
        <source>Loading the ML engine (LibTorch)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="75"/>
        <source>ML engine loaded in %1 s: LibTorch %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/TrainingWorker.cpp" line="78"/>
        <source>%n CUDA device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="79"/>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="88"/>
        <source>No dataset is open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/workers/TrainingWorker.cpp" line="111"/>
        <source>Out of memory</source>
        <translation>Nicht genügend Speicher</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fine-grained, long-tailed species classification workbench</source>
        <translation type="vanished">Workbench für feingranulare Artklassifikation mit Long Tail</translation>
    </message>
    <message>
        <source>Dataset folder, or annotation files, to open</source>
        <translation type="vanished">Zu öffnender Datensatzordner oder Annotationsdateien</translation>
    </message>
    <message>
        <source>Select the taxon of this name once the dataset is open</source>
        <translation type="vanished">Das Taxon mit diesem Namen auswählen, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>Show this tab first: species, longtail, summary, training, analysis, or pairs or classes (of the analysis)</source>
        <translation type="vanished">Diesen Tab zuerst anzeigen: species, longtail, summary, training, analysis oder pairs bzw. classes (der Analyse)</translation>
    </message>
    <message>
        <source>Search the taxonomy for this text once the dataset is open</source>
        <translation type="vanished">Die Taxonomie nach diesem Text durchsuchen, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>Start training with this preset (quick-cpu or winner-2018) once the dataset is open</source>
        <translation type="vanished">Training mit dieser Voreinstellung (quick-cpu oder winner-2018) starten, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>Analyse a run folder or a predictions CSV once the dataset is open</source>
        <translation type="vanished">Einen Lauf-Ordner oder eine Vorhersage-CSV analysieren, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>With --analyse: compare with this run folder or predictions CSV</source>
        <translation type="vanished">Mit --analyse: mit diesem Lauf-Ordner oder dieser Vorhersage-CSV vergleichen</translation>
    </message>
</context>
</TS>
