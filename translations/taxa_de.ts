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
        <translation>Version %1
Qt %2 (kompiliert mit %3)
LibTorch %4
OpenCV %5
%6</translation>
    </message>
    <message numerus="yes">
        <source>CUDA available: %n device(s)</source>
        <translation>
            <numerusform>CUDA verfügbar: %n Gerät</numerusform>
            <numerusform>CUDA verfügbar: %n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA not available: training and prediction run on the CPU</source>
        <translation>CUDA nicht verfügbar: Training und Vorhersage laufen auf der CPU</translation>
    </message>
    <message>
        <source>About Taxa Workbench</source>
        <translation>Über Taxa Workbench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Fine-grained, long-tailed species classification: inspect iNaturalist datasets, train classifiers with the methods that won the 2018 competition, and analyse their errors.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Feingranulare Artklassifikation mit Long Tail: iNaturalist-Datensätze untersuchen, Klassifikatoren mit den Methoden der Gewinner des Wettbewerbs 2018 trainieren und ihre Fehler analysieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnalysisOverview</name>
    <message>
        <source>Mean per-class top-1 accuracy by supercategory</source>
        <translation>Mittlere Top-1-Genauigkeit pro Klasse nach Oberkategorie</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Mean per-class top-1 accuracy by training images</source>
        <translation>Mittlere Top-1-Genauigkeit pro Klasse nach Anzahl der Trainingsbilder</translation>
    </message>
    <message>
        <source>Top-1 errors by the closest shared rank</source>
        <translation>Top-1-Fehler nach dem nächsten gemeinsamen Rang</translation>
    </message>
    <message>
        <source>Share of errors (%)</source>
        <translation>Anteil der Fehler (%)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>%1 classes, %2 val images</source>
        <translation>%1 Klassen, %2 Validierungsbilder</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 classes with %2 val images</source>
        <translation>%1 Klassen mit %2 Validierungsbildern</translation>
    </message>
    <message>
        <source>same genus</source>
        <translation>gleiche Gattung</translation>
    </message>
    <message>
        <source>same family</source>
        <translation>gleiche Familie</translation>
    </message>
    <message>
        <source>same order</source>
        <translation>gleiche Ordnung</translation>
    </message>
    <message>
        <source>same class</source>
        <translation>gleiche Klasse</translation>
    </message>
    <message>
        <source>same phylum</source>
        <translation>gleicher Stamm</translation>
    </message>
    <message>
        <source>same kingdom</source>
        <translation>gleiches Reich</translation>
    </message>
    <message>
        <source>other kingdom</source>
        <translation>anderes Reich</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clear B</source>
        <translation>B entfernen</translation>
    </message>
    <message>
        <source>Only classes with mistakes</source>
        <translation>Nur Klassen mit Fehlern</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Confused pairs</source>
        <translation>Verwechselte Paare</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <source>&amp;Open Predictions...</source>
        <translation>&amp;Vorhersagen öffnen...</translation>
    </message>
    <message>
        <source>A Kaggle submission CSV (id,predicted) or a top-k store of the val split</source>
        <translation>Eine Kaggle-Einreichung als CSV (id,predicted) oder ein Top-k-Speicher der Validierungsdaten</translation>
    </message>
    <message>
        <source>From &amp;Run...</source>
        <translation>Aus &amp;Lauf...</translation>
    </message>
    <message>
        <source>A training run: its saved val predictions, or its best checkpoint&apos;s</source>
        <translation>Ein Trainingslauf: seine gespeicherten Validierungsvorhersagen oder die seines besten Checkpoints</translation>
    </message>
    <message>
        <source>&amp;Predict with a Checkpoint...</source>
        <translation>Mit &amp;Checkpoint vorhersagen...</translation>
    </message>
    <message>
        <source>Predict the val split with a checkpoint (.pt), in the background</source>
        <translation>Die Validierungsdaten im Hintergrund mit einem Checkpoint (.pt) vorhersagen</translation>
    </message>
    <message>
        <source>Compare &amp;with</source>
        <translation>Vergleichen &amp;mit</translation>
    </message>
    <message>
        <source>Predictions File...</source>
        <translation>Vorhersagedatei...</translation>
    </message>
    <message>
        <source>Run...</source>
        <translation>Lauf...</translation>
    </message>
    <message>
        <source>Checkpoint...</source>
        <translation>Checkpoint...</translation>
    </message>
    <message>
        <source>A second prediction set (B) to compare class by class</source>
        <translation>Ein zweiter Vorhersagesatz (B) zum klassenweisen Vergleich</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Report (JSON or CSV)...</source>
        <translation>Bericht (JSON oder CSV)...</translation>
    </message>
    <message>
        <source>All Plots (PNG, PDF or SVG)...</source>
        <translation>Alle Diagramme (PNG, PDF oder SVG)...</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Filter by species or supercategory</source>
        <translation>Nach Art oder Oberkategorie filtern</translation>
    </message>
    <message>
        <source>Its val images were taken for:</source>
        <translation>Validierungsbilder dieser Art wurden erkannt als:</translation>
    </message>
    <message>
        <source>Open a dataset first</source>
        <translation>Zuerst einen Datensatz öffnen</translation>
    </message>
    <message>
        <source>Still busy; cancel or wait</source>
        <translation>Noch beschäftigt; abbrechen oder warten</translation>
    </message>
    <message>
        <source>Analysed %1</source>
        <translation>%1 analysiert</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Analysing %1...</source>
        <translation>%1 wird analysiert...</translation>
    </message>
    <message>
        <source>Predicting with %1...</source>
        <translation>Vorhersage mit %1...</translation>
    </message>
    <message>
        <source>%1 has no checkpoint to predict with yet</source>
        <translation>%1 hat noch keinen Checkpoint für Vorhersagen</translation>
    </message>
    <message>
        <source>Open predictions of the val split, take them from a run, or predict with a checkpoint.</source>
        <translation>Vorhersagen für die Validierungsdaten öffnen, aus einem Lauf übernehmen oder mit einem Checkpoint erstellen.</translation>
    </message>
    <message>
        <source>Open a dataset, then predictions of its val split.</source>
        <translation>Einen Datensatz öffnen, dann Vorhersagen für seine Validierungsdaten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top-1 error %1&lt;/b&gt; · top-3 error %2 · %3 val images · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;Top-1-Fehler %1&lt;/b&gt; · Top-3-Fehler %2 · %3 Validierungsbilder · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>B: top-1 error %1 (%2 points) · top-3 error %3 · &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>B: Top-1-Fehler %1 (%2 Punkte) · Top-3-Fehler %3 · &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Nothing: every val image of it was right</source>
        <translation>Keine: Alle Validierungsbilder dieser Art wurden richtig erkannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n image(s))</source>
        <translation>
            <numerusform>%1 (%n Bild)</numerusform>
            <numerusform>%1 (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing analysed yet</source>
        <translation>Noch nichts analysiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Open Predictions</source>
        <translation>Vorhersagen öffnen</translation>
    </message>
    <message>
        <source>Compare with Predictions</source>
        <translation>Mit Vorhersagen vergleichen</translation>
    </message>
    <message>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>Vorhersagen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Predict with a Checkpoint</source>
        <translation>Mit Checkpoint vorhersagen</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Run</source>
        <translation>Lauf auswählen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>JSON report (*.json);;CSV tables (*.csv)</source>
        <translation>JSON-Bericht (*.json);;CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Export All Plots</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;PDF-Dokumente (*.pdf);;SVG-Zeichnungen (*.svg)</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Out of memory</source>
        <translation>Nicht genügend Speicher</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1: %2%&lt;br&gt;%3: %4%</source>
        <translation>%1: %2%&lt;br&gt;%3: %4%</translation>
    </message>
</context>
<context>
    <name>BucketPlot</name>
    <message>
        <source>Training images per species</source>
        <translation>Trainingsbilder pro Art</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Species per training-count bucket</source>
        <translation>Arten pro Bereich der Trainingsbildanzahl</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 training images: %2 species&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Trainingsbilder: %2 Arten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click to list these species</source>
        <translation>Klicken, um diese Arten aufzulisten</translation>
    </message>
</context>
<context>
    <name>ConfusedPairsModel</name>
    <message>
        <source>Val images of %1 taken for %2</source>
        <translation>Validierungsbilder von %1, die für %2 gehalten wurden</translation>
    </message>
    <message>
        <source>The lowest taxon the two species share</source>
        <translation>Das niedrigste Taxon, das beide Arten gemeinsam haben</translation>
    </message>
    <message>
        <source>Species A</source>
        <translation>Art A</translation>
    </message>
    <message>
        <source>Species B</source>
        <translation>Art B</translation>
    </message>
    <message>
        <source>A as B</source>
        <translation>A als B</translation>
    </message>
    <message>
        <source>B as A</source>
        <translation>B als A</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Shared taxon</source>
        <translation>Gemeinsames Taxon</translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <source>%1: a locations file must name its split (train or val)</source>
        <translation>%1: Eine Standortdatei muss ihre Aufteilung angeben (train oder val)</translation>
    </message>
    <message>
        <source>%1: cannot tell which part of a dataset this is; expected a name like train2018.json, val2018.json, test2018.json or categories.json</source>
        <translation>%1: Es ist nicht erkennbar, zu welchem Teil eines Datensatzes diese Datei gehört; erwartet wird ein Name wie train2018.json, val2018.json, test2018.json oder categories.json</translation>
    </message>
    <message>
        <source>Choose at least a train annotation file (such as train2018.json)</source>
        <translation>Mindestens eine Trainings-Annotationsdatei auswählen (z. B. train2018.json)</translation>
    </message>
</context>
<context>
    <name>FindingItemsModel</name>
    <message>
        <source>%1 (%2 train, %3 val)</source>
        <translation>%1 (%2 Training, %3 Validierung)</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Click to show this species</source>
        <translation>Klicken, um diese Art anzuzeigen</translation>
    </message>
    <message>
        <source>Click to show this image</source>
        <translation>Klicken, um dieses Bild anzuzeigen</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Rechteinhaber</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Select an image to view it here.</source>
        <translation>Ein Bild auswählen, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 (image id %2)</source>
        <translation>%1 (Bild-ID %2)</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Cannot read this image file:
%1</source>
        <translation>Diese Bilddatei kann nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>LongTailPanel</name>
    <message>
        <source>Point at a species to name it; click to select it in the taxonomy, double-click to open it. Drag or scroll to zoom along the species; right-click to show all. Click a bucket to list its species.</source>
        <translation>Auf eine Art zeigen, um ihren Namen zu sehen; klicken, um sie in der Taxonomie auszuwählen, doppelklicken, um sie zu öffnen. Ziehen oder scrollen, um entlang der Arten zu zoomen; Rechtsklick zeigt alle. Auf einen Bereich klicken, um seine Arten aufzulisten.</translation>
    </message>
</context>
<context>
    <name>LongTailPlot</name>
    <message>
        <source>Species, most training images first</source>
        <translation>Arten, absteigend nach Trainingsbildern</translation>
    </message>
    <message>
        <source>Training images (log scale)</source>
        <translation>Trainingsbilder (logarithmisch)</translation>
    </message>
    <message>
        <source>Images per species: the long tail</source>
        <translation>Bilder pro Art: der Long Tail</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 training images, %4 val&lt;br&gt;%5 of %6 by training images</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 Trainingsbilder, %4 Validierung&lt;br&gt;Rang %5 von %6 nach Trainingsbildern</translation>
    </message>
    <message>
        <source>Show all species</source>
        <translation>Alle Arten anzeigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>Taxa Workbench</source>
        <translation>Taxa Workbench</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Long tail</source>
        <translation>Long Tail</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <source>Could not read the test split: %1</source>
        <translation>Die Testdaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Dataset Folder...</source>
        <translation>Datensatz-&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Open Dataset &amp;Files...</source>
        <translation>Datensatz-&amp;Dateien öffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Dataset</source>
        <translation>D&amp;emo-Datensatz öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find Taxon</source>
        <translation>Taxon &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Species</source>
        <translation>&amp;Arten</translation>
    </message>
    <message>
        <source>&amp;Long Tail</source>
        <translation>&amp;Long Tail</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Open an iNaturalist dataset folder</source>
        <translation>iNaturalist-Datensatzordner öffnen</translation>
    </message>
    <message>
        <source>Choose annotation files (train, and optionally val, test, categories)</source>
        <translation>Annotationsdateien auswählen (train und optional val, test, categories)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Still closing the previous dataset; try again in a moment</source>
        <translation>Der vorherige Datensatz wird noch geschlossen; bitte gleich erneut versuchen</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>%1 - Taxa Workbench</source>
        <translation>%1 - Taxa Workbench</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1; reading the test split...</source>
        <translation>%1 geöffnet; Testdaten werden gelesen...</translation>
    </message>
    <message>
        <source>Drawing the demo dataset...</source>
        <translation>Demo-Datensatz wird erzeugt...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>Demo-Datensatz</translation>
    </message>
    <message>
        <source>Cannot write the demo dataset</source>
        <translation>Der Demo-Datensatz kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>A model is training. Stop it and quit?

The run is saved after the current batch and can be resumed from the Training tab.</source>
        <translation>Ein Modell wird trainiert. Training stoppen und beenden?

Der Lauf wird nach dem aktuellen Batch gespeichert und kann im Tab „Training“ fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>Choose a pair of species to see them side by side</source>
        <translation>Ein Artenpaar auswählen, um beide nebeneinander zu sehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 training images · val top-1 %4%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 Trainingsbilder · Top-1 (Validierung) %4%</translation>
    </message>
    <message>
        <source>Training images (%1 shown)</source>
        <translation>Trainingsbilder (%1 angezeigt)</translation>
    </message>
    <message>
        <source>Val images taken for %1: %2</source>
        <translation>Validierungsbilder, die für %1 gehalten wurden: %2</translation>
    </message>
</context>
<context>
    <name>PastRunsView</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Show &amp;curves</source>
        <translation>&amp;Kurven anzeigen</translation>
    </message>
    <message>
        <source>&amp;Analyse...</source>
        <translation>&amp;Analysieren...</translation>
    </message>
    <message>
        <source>Choose a run to see its configuration</source>
        <translation>Einen Lauf auswählen, um seine Konfiguration zu sehen</translation>
    </message>
    <message>
        <source>Continue an unfinished run from its last checkpoint</source>
        <translation>Einen unvollendeten Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Show the run&apos;s logged curves</source>
        <translation>Die protokollierten Kurven des Laufs anzeigen</translation>
    </message>
    <message>
        <source>Predict the val split with the run&apos;s best checkpoint and analyse the errors</source>
        <translation>Die Validierungsdaten mit dem besten Checkpoint des Laufs vorhersagen und die Fehler analysieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>PerClassModel</name>
    <message>
        <source>Top-1 accuracy of B minus that of A, in points</source>
        <translation>Top-1-Genauigkeit von B minus der von A, in Prozentpunkten</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Val</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Top-1 A</source>
        <translation>Top-1 A</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>Top-3 A</source>
        <translation>Top-3 A</translation>
    </message>
    <message>
        <source>Top-3</source>
        <translation>Top-3</translation>
    </message>
    <message>
        <source>Top-1 B</source>
        <translation>Top-1 B</translation>
    </message>
    <message>
        <source>Δ top-1</source>
        <translation>Δ top-1</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Unknown format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>Unbekanntes Format &apos;%1&apos;: .png, .pdf oder .svg verwenden</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Plot...</source>
        <translation>Diagramm exportieren...</translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>training</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Best top-1</source>
        <translation>Bestes Top-1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SpeciesPanel</name>
    <message>
        <source>%1 species · %2 training images · %3 validation images</source>
        <translation>%1 Arten · %2 Trainingsbilder · %3 Validierungsbilder</translation>
    </message>
    <message>
        <source>Choose a taxon in the taxonomy</source>
        <translation>Ein Taxon in der Taxonomie auswählen</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <source>Select a species in the taxonomy, the long-tail plot or a split-check finding to see its images.</source>
        <translation>Eine Art in der Taxonomie, im Long-Tail-Diagramm oder in einem Befund der Aufteilungsprüfung auswählen, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 training images · %3 validation images · rank %4 of %5 species by training images</source>
        <translation>%1 · %2 Trainingsbilder · %3 Validierungsbilder · Rang %4 von %5 Arten nach Trainingsbildern</translation>
    </message>
    <message>
        <source> · bucket %1–%2</source>
        <translation> · Bereich %1–%2</translation>
    </message>
    <message>
        <source>This species has no train or val images.</source>
        <translation>Diese Art hat keine Trainings- oder Validierungsbilder.</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Select a species to see its images.</source>
        <translation>Eine Art auswählen, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(supercategory)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(Oberkategorie)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>No training in progress</source>
        <translation>Kein Training aktiv</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Finished after step %1</source>
        <translation>Nach Schritt %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped at step %1</source>
        <translation>Bei Schritt %1 gestoppt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <source>epoch %1/%2 · %3 left</source>
        <translation>Epoche %1/%2 · noch %3</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Preparing the model and data...</source>
        <translation>Modell und Daten werden vorbereitet...</translation>
    </message>
    <message>
        <source>Step %1 · loss %2 · %3 images/s</source>
        <translation>Schritt %1 · Loss %2 · %3 Bilder/s</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>Bei Schritt %1 pausiert</translation>
    </message>
    <message>
        <source> · %1 left in all</source>
        <translation> · insgesamt noch %1</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Train images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>Val images</source>
        <translation>Validierungsbilder</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>&lt;b&gt;Split checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufteilungsprüfungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a finding to list what it concerns.</source>
        <translation>Einen Befund auswählen, um aufzulisten, was er betrifft.</translation>
    </message>
    <message>
        <source>%1 images concerned; click one to view it.</source>
        <translation>%1 betroffene Bilder; zum Anzeigen auf eines klicken.</translation>
    </message>
    <message>
        <source>%1 species concerned; click one to show it.</source>
        <translation>%1 betroffene Arten; zum Anzeigen auf eine klicken.</translation>
    </message>
    <message>
        <source>%1 more not listed.</source>
        <translation>%1 weitere nicht aufgeführt.</translation>
    </message>
    <message>
        <source>This finding names no species or images.</source>
        <translation>Dieser Befund nennt keine Arten oder Bilder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist-%2-Struktur: %3 Arten, %4 Trainings- und %5 Validierungsbilder; Testdaten werden gelesen...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist %2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;iNaturalist-%2-Struktur: %3 Arten, %4 Trainings-, %5 Validierungs- und %6 Testbilder</translation>
    </message>
    <message>
        <source>%1-%2: %3</source>
        <translation>%1-%2: %3</translation>
    </message>
    <message>
        <source>Train images per species: min %1, median %2, max %3. Species per training-count bucket: %4</source>
        <translation>Trainingsbilder pro Art: Minimum %1, Median %2, Maximum %3. Arten pro Bereich der Trainingsbildanzahl: %4</translation>
    </message>
    <message>
        <source>All checks passed (%1)</source>
        <translation>Alle Prüfungen bestanden (%1)</translation>
    </message>
    <message>
        <source>The split checks run once the test split is read.</source>
        <translation>Die Aufteilungsprüfungen laufen, sobald die Testdaten gelesen sind.</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>kingdom</source>
        <translation>Reich</translation>
    </message>
    <message>
        <source>phylum</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Ordnung</translation>
    </message>
    <message>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>genus</source>
        <translation>Gattung</translation>
    </message>
    <message>
        <source>species</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n species</source>
        <translation>
            <numerusform>%1 %2: %n Art</numerusform>
            <numerusform>%1 %2: %n Arten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the training images of %2, %3% of all</source>
        <translation>%1% der Trainingsbilder von %2, %3% aller</translation>
    </message>
    <message>
        <source>Species at or below this taxon</source>
        <translation>Arten auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <source>Training images at or below this taxon</source>
        <translation>Trainingsbilder auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <source>Validation images at or below this taxon</source>
        <translation>Validierungsbilder auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <source>Share of the parent&apos;s training images</source>
        <translation>Anteil an den Trainingsbildern des übergeordneten Taxons</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Val</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>TaxonomyPanel</name>
    <message>
        <source>Search taxa by name</source>
        <translation>Taxa nach Namen suchen</translation>
    </message>
    <message>
        <source>at any rank</source>
        <translation>auf jedem Rang</translation>
    </message>
    <message>
        <source>in %1 names</source>
        <translation>auf Rang %1</translation>
    </message>
    <message>
        <source>Which rank the search text must match</source>
        <translation>Welchem Rang der Suchtext entsprechen muss</translation>
    </message>
    <message>
        <source>Fewest training images a shown species has</source>
        <translation>Mindestanzahl an Trainingsbildern einer angezeigten Art</translation>
    </message>
    <message>
        <source>Most training images a shown species has</source>
        <translation>Höchstanzahl an Trainingsbildern einer angezeigten Art</translation>
    </message>
    <message>
        <source>7-rank tree</source>
        <translation>Baum mit 7 Rängen</translation>
    </message>
    <message>
        <source>Supercategory → species</source>
        <translation>Oberkategorie → Art</translation>
    </message>
    <message>
        <source>Show the full taxonomy or species grouped by supercategory</source>
        <translation>Die vollständige Taxonomie oder die Arten nach Oberkategorie gruppiert anzeigen</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Showing %1 of %2 species</source>
        <translation>%1 von %2 Arten angezeigt</translation>
    </message>
</context>
<context>
    <name>ThumbnailDelegate</name>
    <message>
        <source>Cannot read
image</source>
        <translation>Bild nicht
lesbar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>val</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>%1
%2 x %3 px, image id %4</source>
        <translation>%1
%2 x %3 px, Bild-ID %4</translation>
    </message>
    <message>
        <source>(c) %1</source>
        <translation>(c) %1</translation>
    </message>
</context>
<context>
    <name>TrainConfigForm</name>
    <message>
        <source>Average pooling</source>
        <translation>Average Pooling</translation>
    </message>
    <message>
        <source>iSQRT-COV (second order)</source>
        <translation>iSQRT-COV (zweiter Ordnung)</translation>
    </message>
    <message>
        <source>Instance (as in the data)</source>
        <translation>Instanz (wie in den Daten)</translation>
    </message>
    <message>
        <source>Class-balanced</source>
        <translation>Klassenbalanciert</translation>
    </message>
    <message>
        <source>Square-root</source>
        <translation>Quadratwurzel</translation>
    </message>
    <message>
        <source>Power (q)</source>
        <translation>Potenz (q)</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <source>taxonomy-aware</source>
        <translation>taxonomiebewusst</translation>
    </message>
    <message>
        <source>Automatic (CUDA if present)</source>
        <translation>Automatisch (CUDA, falls vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>full epochs</source>
        <translation>volle Epochen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Caps the batches per epoch, for quick experiments</source>
        <translation>Begrenzt die Batches pro Epoche, für schnelle Experimente</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Trains</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Peak LR</source>
        <translation>Max. LR</translation>
    </message>
    <message>
        <source>Stages run one after the other. Trains: all, head, last:K blocks. Data: train, or val to fine-tune on the balanced val split.</source>
        <translation>Die Stufen laufen nacheinander. Trainiert: all, head, last:K Blöcke. Daten: train, oder val zum Feintuning auf den balancierten Validierungsdaten.</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose the run folder</source>
        <translation>Lauf-Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Kopf:</translation>
    </message>
    <message>
        <source>&amp;Crop / resize:</source>
        <translation>&amp;Zuschnitt / Skalierung:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>&amp;Sampler:</source>
        <translation>&amp;Sampler:</translation>
    </message>
    <message>
        <source>&amp;Label smoothing:</source>
        <translation>&amp;Label Smoothing:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Max steps:</source>
        <translation>&amp;Max. Schritte:</translation>
    </message>
    <message>
        <source>&amp;Run folder:</source>
        <translation>Lauf-&amp;Ordner:</translation>
    </message>
    <message>
        <source>Quick CPU demo</source>
        <translation>Schnelle CPU-Demo</translation>
    </message>
    <message>
        <source>2018 winner recipe (GPU)</source>
        <translation>Rezept des Gewinners 2018 (GPU)</translation>
    </message>
    <message>
        <source>Parent folder for the run</source>
        <translation>Übergeordneter Ordner für den Lauf</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss and learning rate</source>
        <translation>Loss und Lernrate</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>Genauigkeit pro Epoche</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>Loss (geglättet)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>val top-1</source>
        <translation>top-1 (Validierung)</translation>
    </message>
    <message>
        <source>val top-3</source>
        <translation>top-3 (Validierung)</translation>
    </message>
    <message>
        <source>train top-1</source>
        <translation>top-1 (Training)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Train a new model with this configuration on the open dataset</source>
        <translation>Ein neues Modell mit dieser Konfiguration auf dem geöffneten Datensatz trainieren</translation>
    </message>
    <message>
        <source>Pause after the current batch; click again to continue</source>
        <translation>Nach dem aktuellen Batch pausieren; erneut klicken, um fortzufahren</translation>
    </message>
    <message>
        <source>Stop after the current batch, saving a checkpoint to resume from</source>
        <translation>Nach dem aktuellen Batch stoppen und einen Checkpoint zum Fortsetzen speichern</translation>
    </message>
    <message>
        <source>The training log appears here</source>
        <translation>Hier erscheint das Trainingsprotokoll</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>A run is in progress; stop it first.</source>
        <translation>Ein Lauf ist aktiv; bitte zuerst stoppen.</translation>
    </message>
    <message>
        <source>Open a dataset to train on.</source>
        <translation>Einen Datensatz zum Trainieren öffnen.</translation>
    </message>
    <message>
        <source>Resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Pausing after the current batch</source>
        <translation>Pause nach dem aktuellen Batch</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Stopp nach dem aktuellen Batch...</translation>
    </message>
    <message>
        <source>Stopping and saving before closing...</source>
        <translation>Wird gestoppt und gespeichert, dann geschlossen...</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Finished; best val top-1 %1%</source>
        <translation>Abgeschlossen; bestes Top-1 (Validierung) %1%</translation>
    </message>
    <message>
        <source>Stopped; resume it from Past runs</source>
        <translation>Gestoppt; unter „Frühere Läufe“ fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>No dataset is open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Nicht genügend Speicher</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fine-grained, long-tailed species classification workbench</source>
        <translation>Workbench für feingranulare Artklassifikation mit Long Tail</translation>
    </message>
    <message>
        <source>Dataset folder, or annotation files, to open</source>
        <translation>Zu öffnender Datensatzordner oder Annotationsdateien</translation>
    </message>
    <message>
        <source>Select the taxon of this name once the dataset is open</source>
        <translation>Das Taxon mit diesem Namen auswählen, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>Show this tab first: species, longtail, summary, training, analysis, or pairs or classes (of the analysis)</source>
        <translation>Diesen Tab zuerst anzeigen: species, longtail, summary, training, analysis oder pairs bzw. classes (der Analyse)</translation>
    </message>
    <message>
        <source>Search the taxonomy for this text once the dataset is open</source>
        <translation>Die Taxonomie nach diesem Text durchsuchen, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>Start training with this preset (quick-cpu or winner-2018) once the dataset is open</source>
        <translation>Training mit dieser Voreinstellung (quick-cpu oder winner-2018) starten, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>Analyse a run folder or a predictions CSV once the dataset is open</source>
        <translation>Einen Lauf-Ordner oder eine Vorhersage-CSV analysieren, sobald der Datensatz geöffnet ist</translation>
    </message>
</context>
</TS>
