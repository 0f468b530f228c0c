<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message numerus="yes">
        <location filename="../ui/jobs/EngineProbe.cpp" line="18"/>
        <source>CUDA available: %n device(s)</source>
        <translation>
            <numerusform>CUDA verfügbar: %n Gerät</numerusform>
            <numerusform>CUDA verfügbar: %n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/EngineProbe.cpp" line="19"/>
        <source>CUDA not available: training and prediction run on the CPU</source>
        <translation>CUDA nicht verfügbar: Training und Vorhersage laufen auf der CPU</translation>
    </message>
    <message>
        <location filename="../ui/jobs/EngineProbe.cpp" line="20"/>
        <source>ML engine: LibTorch %1, %2</source>
        <translation>ML-Engine: LibTorch %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/EngineProbe.cpp" line="23"/>
        <source>ML engine: %1</source>
        <translation>ML-Engine: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="13"/>
        <source>Version %1
Qt %2 (built with %3)
%4</source>
        <translation>Version %1
Qt %2 (kompiliert mit %3)
%4</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="19"/>
        <source>About Taxa Workbench</source>
        <translation>Über Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="23"/>
        <source>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Fine-grained, long-tailed species classification: inspect iNaturalist datasets, train classifiers with the methods that won the 2018 competition, and analyse their errors.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taxa Workbench&lt;/h2&gt;&lt;p&gt;Feingranulare Artklassifikation mit Long Tail: iNaturalist-Datensätze untersuchen, Klassifikatoren mit den Methoden der Gewinner des Wettbewerbs 2018 trainieren und ihre Fehler analysieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/common/AboutDialog.cpp" line="50"/>
        <source>ML engine: loading to read its versions...</source>
        <translation>ML-Engine: wird geladen, um ihre Versionen zu lesen...</translation>
    </message>
</context>
<context>
    <name>AnalysisOverview</name>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="27"/>
        <source>Mean per-class top-1 accuracy by supercategory</source>
        <translation>Mittlere Top-1-Genauigkeit pro Klasse nach Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="27"/>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="30"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="29"/>
        <source>Mean per-class top-1 accuracy by training images</source>
        <translation>Top-1-Genauigkeit pro Klasse nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="31"/>
        <source>Top-1 errors by the closest shared rank</source>
        <translation>Top-1-Fehler nach gemeinsamem Rang</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="31"/>
        <source>Share of errors (%)</source>
        <translation>Anteil der Fehler (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="39"/>
        <source>Each species&apos; top-1 precision, recall (its top-1 accuracy) and F1, averaged with equal weight; a species never guessed counts as precision 0</source>
        <translation>Top-1-Präzision, Recall (ihre Top-1-Genauigkeit) und F1 jeder Art, mit gleichem Gewicht gemittelt; eine nie geratene Art zählt mit Präzision 0</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="49"/>
        <source>Lowest rank that truth and prediction share</source>
        <translation>Niedrigster Rang, den Wahrheit und Vorhersage teilen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="50"/>
        <source>Training images per species</source>
        <translation>Trainingsbilder pro Art</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="65"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="66"/>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="119"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="80"/>
        <source>%1 classes, %2 val images</source>
        <translation>%1 Klassen, %2 Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="95"/>
        <source>%1–%2
%3 spp.</source>
        <translation>%1–%2
%3 Arten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="117"/>
        <source>&lt;b&gt;Macro average over %n species:&lt;/b&gt; %1</source>
        <translation>
            <numerusform>&lt;b&gt;Makro-Mittel über %n Art:&lt;/b&gt; %1</numerusform>
            <numerusform>&lt;b&gt;Makro-Mittel über %n Arten:&lt;/b&gt; %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="136"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="101"/>
        <source>%1 classes with %2 val images</source>
        <translation>%1 Klassen mit %2 Validierungsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="18"/>
        <source>precision %1 · recall %2 · F1 %3</source>
        <translation>Präzision %1 · Recall %2 · F1 %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisOverview.cpp" line="148"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="162"/>
        <source>Clear B</source>
        <translation>B entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="76"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="77"/>
        <source>Confused pairs</source>
        <translation>Verwechselte Paare</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="78"/>
        <source>Per class</source>
        <translation>Pro Klasse</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="147"/>
        <source>&amp;Open Predictions...</source>
        <translation>&amp;Vorhersagen öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="149"/>
        <source>A Kaggle submission CSV (id,predicted) or a top-k store of the val split</source>
        <translation>Eine Kaggle-Einreichung als CSV (id,predicted) oder ein Top-k-Speicher der Validierungsdaten</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="150"/>
        <source>From &amp;Run...</source>
        <translation>Aus &amp;Lauf...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="151"/>
        <source>A training run: its saved val predictions, or its best checkpoint&apos;s</source>
        <translation>Ein Trainingslauf: seine gespeicherten Validierungsvorhersagen oder die seines besten Checkpoints</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="152"/>
        <source>&amp;Predict with a Checkpoint...</source>
        <translation>Mit &amp;Checkpoint vorhersagen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="153"/>
        <source>Predict the val split with a checkpoint (.pt), in the background</source>
        <translation>Die Validierungsdaten im Hintergrund mit einem Checkpoint (.pt) vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="159"/>
        <source>Compare &amp;with</source>
        <translation>Vergleichen &amp;mit</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="155"/>
        <source>Predictions File...</source>
        <translation>Vorhersagedatei...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="156"/>
        <source>Run...</source>
        <translation>Lauf...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="157"/>
        <source>Checkpoint...</source>
        <translation>Checkpoint...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="160"/>
        <source>A second prediction set (B) to compare class by class</source>
        <translation>Ein zweiter Vorhersagesatz (B) zum klassenweisen Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="169"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="165"/>
        <source>Report (JSON or CSV)...</source>
        <translation>Bericht (JSON oder CSV)...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="166"/>
        <source>All Plots (PNG, PDF or SVG)...</source>
        <translation>Alle Diagramme (PNG, PDF oder SVG)...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="163"/>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="47"/>
        <source>top-%1 error %2</source>
        <translation>Top-%1-Fehler %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="79"/>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="80"/>
        <source>Label errors</source>
        <translation>Label-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="81"/>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="82"/>
        <source>Precision-recall</source>
        <translation>Präzision-Recall</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="83"/>
        <source>Geo prior</source>
        <translation>Geo-Prior</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="84"/>
        <source>Feature map</source>
        <translation>Merkmalskarte</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="127"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="207"/>
        <source>Open a dataset first</source>
        <translation>Zuerst einen Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="221"/>
        <source>Analysed %1</source>
        <translation>%1 analysiert</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="222"/>
        <source>Comparing with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="229"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="235"/>
        <source>Analysing %1...</source>
        <translation>%1 wird analysiert...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="240"/>
        <source>Predicting with %1...</source>
        <translation>Vorhersage mit %1...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="248"/>
        <source>%1 has no checkpoint to predict with yet</source>
        <translation>%1 hat noch keinen Checkpoint für Vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="282"/>
        <source>Open predictions of the val split, take them from a run, or predict with a checkpoint.</source>
        <translation>Vorhersagen für die Validierungsdaten öffnen, aus einem Lauf übernehmen oder mit einem Checkpoint erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="284"/>
        <source>Open a dataset, then predictions of its val split.</source>
        <translation>Einen Datensatz öffnen, dann Vorhersagen für seine Validierungsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="290"/>
        <source>&lt;b&gt;Top-%1 error %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Top-%1-Fehler %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="291"/>
        <source>(the %1 metric)</source>
        <translation>(die Metrik von %1)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="293"/>
        <source>%1 val images</source>
        <translation>%1 Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="300"/>
        <source>B: top-%1 error %2 (%3 points)</source>
        <translation>B: Top-%1-Fehler %2 (%3 Punkte)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="340"/>
        <source>Nothing analysed yet</source>
        <translation>Noch nichts analysiert</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="371"/>
        <source>Open Predictions</source>
        <translation>Vorhersagen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="371"/>
        <source>Compare with Predictions</source>
        <translation>Mit Vorhersagen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="372"/>
        <source>Predictions (*.csv);;All files (*)</source>
        <translation>Vorhersagen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="378"/>
        <source>Predict with a Checkpoint</source>
        <translation>Mit Checkpoint vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="379"/>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="384"/>
        <source>Choose a Run</source>
        <translation>Lauf auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="390"/>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="394"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="391"/>
        <source>JSON report (*.json);;CSV tables (*.csv)</source>
        <translation>JSON-Bericht (*.json);;CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="399"/>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="403"/>
        <source>Export All Plots</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/AnalysisPanel.cpp" line="400"/>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;PDF-Dokumente (*.pdf);;SVG-Zeichnungen (*.svg)</translation>
    </message>
</context>
<context>
    <name>AnalysisResult</name>
    <message>
        <location filename="../ui/state/AnalysisResult.cpp" line="122"/>
        <source>none (other kingdoms)</source>
        <translation>keins (verschiedene Reiche)</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="70"/>
        <source>Out of memory</source>
        <translation>Nicht genügend Speicher</translation>
    </message>
    <message>
        <location filename="../ui/workers/BackgroundJob.cpp" line="72"/>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../ui/views/common/BarChart.cpp" line="34"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BarChart.cpp" line="35"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BarChart.cpp" line="200"/>
        <source>%1: %2%&lt;br&gt;%3: %4%</source>
        <translation>%1: %2%&lt;br&gt;%3: %4%</translation>
    </message>
</context>
<context>
    <name>BucketPlot</name>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="12"/>
        <source>Training images per species</source>
        <translation>Trainingsbilder pro Art</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="13"/>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="18"/>
        <source>Species per training-count bucket</source>
        <translation>Arten pro Bereich der Trainingsbildanzahl</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="36"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="120"/>
        <source>&lt;b&gt;%1 training images: %2 species&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 Trainingsbilder: %2 Arten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/common/BucketPlot.cpp" line="127"/>
        <source>Click to list these species</source>
        <translation>Klicken, um diese Arten aufzulisten</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="18"/>
        <source>All val images</source>
        <translation>Alle Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="28"/>
        <source>%1–%2 training images</source>
        <translation>%1–%2 Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="97"/>
        <source>Expected calibration error: 15 equal-width bins of top-1 confidence, the image-weighted mean gap between accuracy and confidence</source>
        <translation>Erwarteter Kalibrierungsfehler: 15 gleich breite Intervalle der Top-1-Konfidenz; die nach Bildern gewichtete mittlere Abweichung zwischen Genauigkeit und Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="101"/>
        <source>The same after temperature scaling (T fitted on minival)</source>
        <translation>Dasselbe nach Temperaturskalierung (T auf minival angepasst)</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="107"/>
        <source>Images of</source>
        <translation>Bilder von</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="109"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="111"/>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="113"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="115"/>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <location filename="../ui/models/CalibrationModel.cpp" line="117"/>
        <source>ECE with T</source>
        <translation>ECE mit T</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="58"/>
        <source>Apply temperature scaling: T = %1, fitted on the %2 minival images</source>
        <translation>Temperaturskalierung anwenden: T = %1, angepasst auf den %2 minival-Bildern</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="62"/>
        <source>Temperature scaling needs scored images in minival</source>
        <translation>Die Temperaturskalierung benötigt Bilder mit Scores in minival</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="64"/>
        <source>Open predictions to see how far their confidence can be trusted.</source>
        <translation>Vorhersagen öffnen, um zu sehen, wie weit ihrer Konfidenz zu trauen ist.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="67"/>
        <source>Calibration needs scores: open the top-k store (val.topk.csv) that taxa-cli predict writes beside the CSV.</source>
        <translation>Die Kalibrierung benötigt Scores: den Top-k-Speicher (val.topk.csv) öffnen, den taxa-cli predict neben die CSV schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="71"/>
        <source>&lt;b&gt;Expected calibration error %1&lt;/b&gt; · mean confidence %2 against top-1 accuracy %3 (%4)</source>
        <translation>&lt;b&gt;Erwarteter Kalibrierungsfehler %1&lt;/b&gt; · mittlere Konfidenz %2 gegenüber Top-1-Genauigkeit %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="75"/>
        <source>over-confident</source>
        <translation>überkonfident</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="76"/>
        <source>under-confident</source>
        <translation>unterkonfident</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="79"/>
        <source>Temperature scaling, on the %1 images outside minival: %2 before, %3 after.</source>
        <translation>Temperaturskalierung auf den %1 Bildern außerhalb von minival: %2 vorher, %3 nachher.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="96"/>
        <source>Reliability diagram</source>
        <translation>Zuverlässigkeitsdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="101"/>
        <source>%1, with T = %2: ECE %3</source>
        <translation>%1, mit T = %2: ECE %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/CalibrationView.cpp" line="104"/>
        <source>%1: ECE %2</source>
        <translation>%1: ECE %2</translation>
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
    <name>ConfusionBrowser</name>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="27"/>
        <source>supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="47"/>
        <source>Zoom Out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="48"/>
        <source>Back to the block one level up</source>
        <translation>Zurück zum Block eine Ebene höher</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="56"/>
        <source>By:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="74"/>
        <source>All taxa</source>
        <translation>Alle Taxa</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="116"/>
        <source>Open predictions to browse what is taken for what.</source>
        <translation>Vorhersagen öffnen, um zu durchsuchen, was wofür gehalten wird.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="123"/>
        <source>%1 val images taken for another species, among %2 × %3 taxa by %4. Click a cell to %5.</source>
        <translation>%1 Validierungsbilder für eine andere Art gehalten, unter %2 × %3 Taxa nach %4. Auf eine Zelle klicken, um %5.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="129"/>
        <source>see the two species side by side</source>
        <translation>die beiden Arten nebeneinander zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="129"/>
        <source>zoom into the two taxa</source>
        <translation>in die beiden Taxa hineinzuzoomen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="130"/>
        <source>Click: the pair side by side</source>
        <translation>Klick: das Paar nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="130"/>
        <source>Click: zoom in</source>
        <translation>Klick: hineinzoomen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionBrowser.cpp" line="153"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/views/analysis/ConfusionMatrixView.cpp" line="88"/>
        <source>No confusions to show</source>
        <translation>Keine Verwechslungen anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ConfusionMatrixView.cpp" line="170"/>
        <source>val images per cell (log scale)</source>
        <translation>Validierungsbilder pro Zelle (logarithmisch)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/analysis/ConfusionMatrixView.cpp" line="198"/>
        <source>&lt;b&gt;%1&lt;/b&gt; taken for &lt;b&gt;%2&lt;/b&gt;: %n val image(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; für &lt;b&gt;%2&lt;/b&gt; gehalten: %n Validierungsbild</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; für &lt;b&gt;%2&lt;/b&gt; gehalten: %n Validierungsbilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <location filename="../ui/state/DatasetSource.cpp" line="64"/>
        <source>%1: a locations file must name its split (train or val)</source>
        <translation>%1: Eine Standortdatei muss ihre Aufteilung angeben (train oder val)</translation>
    </message>
    <message>
        <location filename="../ui/state/DatasetSource.cpp" line="74"/>
        <source>%1: cannot tell which part of a dataset this is; expected a name like train2018.json, val2018.json, test2018.json or categories.json</source>
        <translation>%1: Es ist nicht erkennbar, zu welchem Teil eines Datensatzes diese Datei gehört; erwartet wird ein Name wie train2018.json, val2018.json, test2018.json oder categories.json</translation>
    </message>
    <message>
        <location filename="../ui/state/DatasetSource.cpp" line="81"/>
        <source>Choose at least a train annotation file (such as train2018.json)</source>
        <translation>Mindestens eine Trainings-Annotationsdatei auswählen (z. B. train2018.json)</translation>
    </message>
</context>
<context>
    <name>FeatureMapView</name>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="30"/>
        <source>no label</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="44"/>
        <source>, most: %1</source>
        <translation>, am häufigsten: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="95"/>
        <source>Supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="95"/>
        <source>Right or wrong</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="95"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="96"/>
        <source>Training images of the species</source>
        <translation>Trainingsbilder der Art</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="97"/>
        <source>What the colour of a point says</source>
        <translation>Was die Farbe eines Punkts angibt</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="105"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="106"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="107"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="115"/>
        <source>Compute Map</source>
        <translation>Karte berechnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="117"/>
        <source>Lay out every train and val image by the run&apos;s features, in the background (the features are computed first if the run has none)</source>
        <translation>Jedes Trainings- und Validierungsbild nach den Merkmalen des Laufs anordnen, im Hintergrund (die Merkmale werden zuerst berechnet, wenn der Lauf keine hat)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="119"/>
        <source>Open Map...</source>
        <translation>Karte öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="120"/>
        <source>A map written by taxa-cli map-features (FILE.map.bin)</source>
        <translation>Eine von taxa-cli map-features geschriebene Karte (DATEI.map.bin)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="141"/>
        <source>Draw a lasso or a rectangle to list the images inside.</source>
        <translation>Ein Lasso oder Rechteck ziehen, um die Bilder darin aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="181"/>
        <source>Open a dataset and analyse a run to map its images.</source>
        <translation>Einen Datensatz öffnen und einen Lauf analysieren, um seine Bilder zu kartieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="184"/>
        <source>These predictions name no run, so there are no features to map. Analyse a run, or open a map made with taxa-cli map-features.</source>
        <translation>Diese Vorhersagen nennen keinen Lauf, es gibt also keine Merkmale zu kartieren. Einen Lauf analysieren oder eine mit taxa-cli map-features erstellte Karte öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="188"/>
        <source>This run has no map yet. Compute Map lays out its %1 train and val images (on two cores about a second per 2,000 images; the features come first if the run has none).</source>
        <translation>Dieser Lauf hat noch keine Karte. „Karte berechnen“ ordnet seine %1 Trainings- und Validierungsbilder an (auf zwei Kernen etwa eine Sekunde je 2.000 Bilder; zuvor die Merkmale, wenn der Lauf keine hat).</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="199"/>
        <source>Mapping the run&apos;s features...</source>
        <translation>Merkmale des Laufs werden kartiert...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="207"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="213"/>
        <source>Open Feature Map</source>
        <translation>Merkmalskarte öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="213"/>
        <source>Feature maps (*.map.bin);;All files (*)</source>
        <translation>Merkmalskarten (*.map.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="221"/>
        <source>%1 images mapped (%2). Drag to pan, wheel to zoom, double-click to see the whole map.</source>
        <translation>%1 Bilder kartiert (%2). Ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick zeigt die ganze Karte.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="267"/>
        <source>Point at an image to see its photo.</source>
        <translation>Auf ein Bild zeigen, um sein Foto zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="279"/>
        <source>The photo cannot be read.</source>
        <translation>Das Foto kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="296"/>
        <source>Predicted right: %1</source>
        <translation>Richtig vorhergesagt: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="297"/>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Predicted wrong: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;Falsch vorhergesagt: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="321"/>
        <source>%1 images of %2 species selected</source>
        <translation>%1 Bilder von %2 Arten ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="325"/>
        <source> (the first %1 listed)</source>
        <translation> (die ersten %1 aufgelistet)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="326"/>
        <source>; double-click one to open it.</source>
        <translation>; Doppelklick öffnet ein Bild.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/FeatureMapView.cpp" line="352"/>
        <source>Highlighted: %1 (%2 images) &lt;a href=&apos;clear&apos;&gt;clear&lt;/a&gt;</source>
        <translation>Hervorgehoben: %1 (%2 Bilder) &lt;a href=&apos;clear&apos;&gt;aufheben&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>FindingItemsModel</name>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="61"/>
        <source>%1 (%2 train, %3 val)</source>
        <translation>%1 (%2 Training, %3 Validierung)</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="69"/>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="75"/>
        <source>Click to show this species</source>
        <translation>Klicken, um diese Art anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="75"/>
        <source>Click to show this image</source>
        <translation>Klicken, um dieses Bild anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="93"/>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="94"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="107"/>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/models/FindingItemsModel.cpp" line="111"/>
        <source>Click to see both photos side by side</source>
        <translation>Klicken, um beide Fotos nebeneinander zu sehen</translation>
    </message>
</context>
<context>
    <name>GeoPriorView</name>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="34"/>
        <source>Use the prior (the comparison B becomes A times the prior)</source>
        <translation>Prior verwenden (der Vergleich B wird zu A mal Prior)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="35"/>
        <source>Train Network Prior</source>
        <translation>Netz-Prior trainieren</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="37"/>
        <source>Mac Aodha et al.&apos;s network of place and date, trained on the training photos&apos; locations (the paper&apos;s 30 epochs)</source>
        <translation>Das Netz aus Ort und Datum von Mac Aodha et al., trainiert auf den Standorten der Trainingsfotos (30 Epochen wie im Paper)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="39"/>
        <source>Build Grid Prior</source>
        <translation>Raster-Prior erstellen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="40"/>
        <source>Counts per 2-degree cell of latitude and longitude: no training</source>
        <translation>Zählungen pro 2-Grad-Zelle aus Breite und Länge: kein Training</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="41"/>
        <source>Open Prior...</source>
        <translation>Prior öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="45"/>
        <source>Open a Geographic Prior</source>
        <translation>Geografischen Prior öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="47"/>
        <source>Geographic priors (*.geo)</source>
        <translation>Geografische Priors (*.geo)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="79"/>
        <source>A × %1 prior</source>
        <translation>A × Prior (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="132"/>
        <source>Training the network prior...</source>
        <translation>Netz-Prior wird trainiert...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/GeoPriorJobs.cpp" line="45"/>
        <source>%1 epochs in %2 s, final loss %3</source>
        <translation>%1 Epochen in %2 s, finaler Loss %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="142"/>
        <source>Counting photos per cell...</source>
        <translation>Fotos pro Zelle werden gezählt...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/GeoPriorJobs.cpp" line="59"/>
        <source>2-degree cells</source>
        <translation>2-Grad-Zellen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="150"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="169"/>
        <source>Scoring the prior alone on val...</source>
        <translation>Prior wird allein auf den Validierungsdaten bewertet...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/GeoPriorJobs.cpp" line="76"/>
        <source>Alone on %1 located val photos: top-1 %2, top-3 %3 (class frequency: top-1 %4, top-3 %5)</source>
        <translation>Allein auf %1 Validierungsfotos mit Ort: Top-1 %2, Top-3 %3 (Klassenhäufigkeit: Top-1 %4, Top-3 %5)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="197"/>
        <source>Train or open a prior first</source>
        <translation>Zuerst einen Prior trainieren oder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="198"/>
        <source>Open predictions of the val split first</source>
        <translation>Zuerst Vorhersagen für die Validierungsdaten öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="204"/>
        <source>The prior needs the predictions&apos; scores: open a top-k store (FILE.topk.csv) or predict with a checkpoint</source>
        <translation>Der Prior benötigt die Scores der Vorhersagen: einen Top-k-Speicher (FILE.topk.csv) öffnen oder mit einem Checkpoint vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="211"/>
        <source>Multiplying the predictions by the prior...</source>
        <translation>Vorhersagen werden mit dem Prior multipliziert...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="220"/>
        <source>No geographic prior yet. Train the network prior (Mac Aodha, Cole and Perona, ICCV 2019) or build the grid prior from the training photos&apos; places, or open one.</source>
        <translation>Noch kein geografischer Prior. Den Netz-Prior trainieren (Mac Aodha, Cole und Perona, ICCV 2019), den Raster-Prior aus den Orten der Trainingsfotos erstellen oder einen Prior öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="224"/>
        <source>&lt;b&gt;%1 prior&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Prior (%1)&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/GeoPriorView.cpp" line="231"/>
        <source>Val top-1 error &lt;b&gt;%1 without, %2 with&lt;/b&gt; the prior; top-3 error %3 without, %4 with. Of the %6 most confused pairs, the prior separates %5 more often (below, most separated first).</source>
        <translation>Top-1-Fehler (Validierung) &lt;b&gt;%1 ohne, %2 mit&lt;/b&gt; Prior; Top-3-Fehler %3 ohne, %4 mit. Von den %6 am häufigsten verwechselten Paaren trennt der Prior %5 öfter (unten, die am stärksten getrennten zuerst).</translation>
    </message>
</context>
<context>
    <name>ImageEvidence</name>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="31"/>
        <source>Open the Pair</source>
        <translation>Paar öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="32"/>
        <source>In Species View</source>
        <translation>In Artenansicht</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="40"/>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="111"/>
        <source>Click to see the photo larger</source>
        <translation>Klicken, um das Foto größer zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="46"/>
        <source>The labelled species and the predicted one side by side</source>
        <translation>Die gelabelte und die vorhergesagte Art nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="47"/>
        <source>The image in its species&apos; view, with its metadata</source>
        <translation>Das Bild in der Ansicht seiner Art, mit seinen Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="110"/>
        <source>Click to see the photo smaller</source>
        <translation>Klicken, um das Foto kleiner zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="126"/>
        <source>Cannot read the image</source>
        <translation>Das Bild kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="126"/>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="138"/>
        <source>Choose a val image to see what the model made of it</source>
        <translation>Ein Validierungsbild auswählen, um zu sehen, was das Modell daraus gemacht hat</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="156"/>
        <source>&lt;b&gt;Val image %1&lt;/b&gt;: labelled &lt;b&gt;%2&lt;/b&gt;, predicted &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;Validierungsbild %1&lt;/b&gt;: Label &lt;b&gt;%2&lt;/b&gt;, Vorhersage &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="179"/>
        <source>These predictions carry no scores (a Kaggle CSV); its guesses: %1</source>
        <translation>Diese Vorhersagen enthalten keine Scores (eine Kaggle-CSV); Vorhersagen für dieses Bild: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="184"/>
        <source>Confidence %1 · label %2 · hardness %3 nats · mistakenness %4</source>
        <translation>Konfidenz %1 · Label %2 · Schwierigkeit %3 nats · Fehlerhaftigkeit %4</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ImageEvidence.cpp" line="191"/>
        <source>Likely label error %1 of %2</source>
        <translation>Wahrscheinlicher Label-Fehler %1 von %2</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="100"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="101"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="102"/>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="103"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="104"/>
        <source>Rights holder</source>
        <translation>Rechteinhaber</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="105"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="106"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="107"/>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="108"/>
        <source>Bounding box</source>
        <translation>Begrenzungsrahmen</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="146"/>
        <source>Select an image to view it here.</source>
        <translation>Ein Bild auswählen, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="158"/>
        <source>%1 (image id %2)</source>
        <translation>%1 (Bild-ID %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="162"/>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="166"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="174"/>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="176"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="176"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="178"/>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="178"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="180"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="186"/>
        <source>%1 × %2 at %3, %4</source>
        <translation>%1 × %2 bei %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="218"/>
        <source>Cannot read this image file:
%1</source>
        <translation>Diese Bilddatei kann nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ImageViewer.cpp" line="220"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="55"/>
        <source>Still busy; cancel or wait</source>
        <translation>Noch beschäftigt; abbrechen oder warten</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="84"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="97"/>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <location filename="../ui/views/common/JobStatus.cpp" line="100"/>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
</context>
<context>
    <name>LabelErrorsModel</name>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="88"/>
        <source>Probability of the predicted class</source>
        <translation>Wahrscheinlichkeit der vorhergesagten Klasse</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="90"/>
        <source>Probability of the labelled class (outside the top k: the rest of the mass spread evenly)</source>
        <translation>Wahrscheinlichkeit der gelabelten Klasse (außerhalb der Top k: die restliche Wahrscheinlichkeitsmasse gleichmäßig verteilt)</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="94"/>
        <source>FiftyOne&apos;s mistakenness: (1 + exp(-entropy)) / 2 for a wrong prediction; near 1, the model is sure the label is wrong</source>
        <translation>Fehlerhaftigkeit (mistakenness) nach FiftyOne: (1 + exp(-Entropie)) / 2 bei falscher Vorhersage; nahe 1 ist sich das Modell sicher, dass das Label falsch ist</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="98"/>
        <source>Entropy of the prediction, in nats</source>
        <translation>Entropie der Vorhersage, in nats</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="105"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="107"/>
        <source>Labelled as</source>
        <translation>Gelabelt als</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="109"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="111"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="113"/>
        <source>P(label)</source>
        <translation>P(Label)</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="115"/>
        <source>Mistakenness</source>
        <translation>Fehlerhaftigkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/LabelErrorsModel.cpp" line="117"/>
        <source>Hardness</source>
        <translation>Schwierigkeit</translation>
    </message>
</context>
<context>
    <name>LabelErrorsView</name>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="30"/>
        <source>Double-click: the labelled and the predicted species side by side</source>
        <translation>Doppelklick: gelabelte und vorhergesagte Art nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="75"/>
        <source>Open predictions to rank their likely label errors.</source>
        <translation>Vorhersagen öffnen, um ihre wahrscheinlichen Label-Fehler zu sortieren.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="78"/>
        <source>Ranking label errors needs scores: open the top-k store (val.topk.csv) that taxa-cli predict writes beside the CSV.</source>
        <translation>Das Sortieren der Label-Fehler benötigt Scores: den Top-k-Speicher (val.topk.csv) öffnen, den taxa-cli predict neben die CSV schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LabelErrorsView.cpp" line="82"/>
        <source>%1 val images were predicted as another species. Those the model is surest about come first (FiftyOne&apos;s mistakenness): a wrong label, or a look-alike the model has learnt too confidently.</source>
        <translation>%1 Validierungsbilder wurden als eine andere Art vorhergesagt. Die, bei denen sich das Modell am sichersten ist, stehen oben (Fehlerhaftigkeit nach FiftyOne): ein falsches Label oder ein Doppelgänger, den das Modell zu selbstsicher gelernt hat.</translation>
    </message>
</context>
<context>
    <name>LaunchedRun</name>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="44"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="101"/>
        <source>Cannot write the run&apos;s config to %1: %2</source>
        <translation>Die Konfiguration des Laufs kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="263"/>
        <source>taxa-cli crashed</source>
        <translation>taxa-cli ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/LaunchedRun.cpp" line="264"/>
        <source>taxa-cli ended with status %1</source>
        <translation>taxa-cli wurde mit Status %1 beendet</translation>
    </message>
</context>
<context>
    <name>LongTailPanel</name>
    <message>
        <location filename="../ui/views/dataset/LongTailPanel.cpp" line="12"/>
        <source>Point at a species to name it; click to select it in the taxonomy, double-click to open it. Drag or scroll to zoom along the species; right-click to show all. Click a bucket to list its species.</source>
        <translation>Auf eine Art zeigen, um ihren Namen zu sehen; klicken, um sie in der Taxonomie auszuwählen, doppelklicken, um sie zu öffnen. Ziehen oder scrollen, um entlang der Arten zu zoomen; Rechtsklick zeigt alle. Auf einen Bereich klicken, um seine Arten aufzulisten.</translation>
    </message>
</context>
<context>
    <name>LongTailPlot</name>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="21"/>
        <source>Species, most training images first</source>
        <translation>Arten, absteigend nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="22"/>
        <source>Training images (log scale)</source>
        <translation>Trainingsbilder (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="31"/>
        <source>Images per species: the long tail</source>
        <translation>Bilder pro Art: der Long Tail</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="174"/>
        <source>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 training images, %4 val&lt;br&gt;%5 of %6 by training images</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;&lt;br&gt;%2&lt;br&gt;%3 Trainingsbilder, %4 Validierung&lt;br&gt;Rang %5 von %6 nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/LongTailPlot.cpp" line="216"/>
        <source>Show all species</source>
        <translation>Alle Arten anzeigen</translation>
    </message>
</context>
<context>
    <name>LookAlikesView</name>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="24"/>
        <source>Find Look-alikes</source>
        <translation>Doppelgänger suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="26"/>
        <source>Compute the model&apos;s features of every train and val image with the ML engine and keep them in the run&apos;s predictions folder (features.bin)</source>
        <translation>Die Merkmale des Modells für jedes Trainings- und Validierungsbild mit der ML-Engine berechnen und im Vorhersageordner des Laufs ablegen (features.bin)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="50"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="85"/>
        <source>Reading the run&apos;s features...</source>
        <translation>Merkmale des Laufs werden gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="92"/>
        <source>Computing features...</source>
        <translation>Merkmale werden berechnet...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="127"/>
        <source>Busy with the previous predictions; try again in a moment</source>
        <translation>Noch mit den vorherigen Vorhersagen beschäftigt; bitte gleich erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="141"/>
        <source>Look-alikes need the run&apos;s checkpoint (predictions opened from a run folder)</source>
        <translation>Doppelgänger benötigen den Checkpoint des Laufs (aus einem Lauf-Ordner geöffnete Vorhersagen)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="145"/>
        <source>The run&apos;s features were computed through another checkpoint: find look-alikes again to compute them for this model</source>
        <translation>Die Merkmale des Laufs wurden mit einem anderen Checkpoint berechnet: erneut Doppelgänger suchen, um sie für dieses Modell zu berechnen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="149"/>
        <source>No features for this run yet: find look-alikes to compute them (every train and val image, once)</source>
        <translation>Noch keine Merkmale für diesen Lauf: Doppelgänger suchen, um sie zu berechnen (einmalig für jedes Trainings- und Validierungsbild)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="152"/>
        <source>This image has no features (computed before it was added?)</source>
        <translation>Dieses Bild hat keine Merkmale (berechnet, bevor es hinzugefügt wurde?)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="155"/>
        <source>Training images that the model sees as most alike (cosine similarity of its penultimate features)</source>
        <translation>Trainingsbilder, die das Modell als am ähnlichsten ansieht (Kosinus-Ähnlichkeit seiner vorletzten Merkmale)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="168"/>
        <source>Any species</source>
        <translation>Beliebige Art</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/LookAlikesView.cpp" line="172"/>
        <source>%1 (cosine %2 to %3)</source>
        <translation>%1 (Kosinus %2 bis %3)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Taxa Workbench</source>
        <translation>Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Long tail</source>
        <translation>Long Tail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Cannot open dataset</source>
        <translation>Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Could not read the test split: %1</source>
        <translation>Die Testdaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&amp;Open Dataset Folder...</source>
        <translation>Datensatz-&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Open Dataset &amp;Files...</source>
        <translation>Datensatz-&amp;Dateien öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>Open &amp;Demo Dataset</source>
        <translation>D&amp;emo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;Find Taxon</source>
        <translation>Taxon &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Species</source>
        <translation>&amp;Arten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Long Tail</source>
        <translation>&amp;Long Tail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>S&amp;ummary</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;About Taxa Workbench</source>
        <translation>&amp;Über Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="258"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>Open an iNaturalist dataset folder</source>
        <translation>iNaturalist-Datensatzordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Choose annotation files (train, and optionally val, test, categories)</source>
        <translation>Annotationsdateien auswählen (train und optional val, test, categories)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>Still closing the previous dataset; try again in a moment</source>
        <translation>Der vorherige Datensatz wird noch geschlossen; bitte gleich erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>%1 - Taxa Workbench</source>
        <translation>%1 - Taxa Workbench</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Opened %1; reading the test split...</source>
        <translation>%1 geöffnet; Testdaten werden gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Drawing the demo dataset...</source>
        <translation>Demo-Datensatz wird erzeugt...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="382"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>Demo dataset</source>
        <translation>Demo-Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="406"/>
        <source>Cannot write the demo dataset</source>
        <translation>Der Demo-Datensatz kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="443"/>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="444"/>
        <source>A model is training. Stop it and quit?

The run is saved after the current batch and can be resumed from the Training tab.</source>
        <translation>Ein Modell wird trainiert. Training stoppen und beenden?

Der Lauf wird nach dem aktuellen Batch gespeichert und kann im Tab „Training“ fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="23"/>
        <source>Train photos</source>
        <translation>Trainingsfotos</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="24"/>
        <source>Val photos</source>
        <translation>Validierungsfotos</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="49"/>
        <location filename="../ui/views/maps/MapPanel.cpp" line="64"/>
        <source>Choose a taxon in the tree to see where it was photographed</source>
        <translation>Ein Taxon im Baum auswählen, um zu sehen, wo es fotografiert wurde</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="63"/>
        <source>This dataset has no locations file: nothing to map</source>
        <translation>Dieser Datensatz hat keine Standortdatei: nichts darzustellen</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="72"/>
        <source>All taxa</source>
        <translation>Alle Taxa</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="85"/>
        <source>%1 (supercategory)</source>
        <translation>%1 (Oberkategorie)</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="140"/>
        <source>%1 train and %2 val photos with a place</source>
        <translation>%1 Trainings- und %2 Validierungsfotos mit Ort</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="144"/>
        <source>; %1 without one</source>
        <translation>; %1 ohne Ort</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="146"/>
        <source>; %1 without a date</source>
        <translation>; %1 ohne Datum</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="148"/>
        <source>Drag to pan, scroll to zoom, double-click to fit.</source>
        <translation>Ziehen zum Verschieben, Scrollen zum Zoomen, Doppelklick zum Einpassen.</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="159"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MapPanel.cpp" line="161"/>
        <source>val</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>MonthHistogram</name>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="13"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="13"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="13"/>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="14"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="14"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="14"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="15"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="15"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="15"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="16"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="16"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="16"/>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="33"/>
        <source>Photos per month</source>
        <translation>Fotos pro Monat</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="46"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="47"/>
        <source>val</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="55"/>
        <source>% of the split&apos;s photos</source>
        <translation>% der Fotos der Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/MonthHistogram.cpp" line="97"/>
        <source>%1: %2 train photos (%3%), %4 val photos (%5%)</source>
        <translation>%1: %2 Trainingsfotos (%3%), %4 Validierungsfotos (%5%)</translation>
    </message>
</context>
<context>
    <name>NearDuplicateJob</name>
    <message>
        <location filename="../ui/jobs/NearDuplicateJob.cpp" line="45"/>
        <source>%1 is not in a run folder: choose a features file instead</source>
        <translation>%1 liegt in keinem Laufordner: stattdessen eine Merkmalsdatei wählen</translation>
    </message>
</context>
<context>
    <name>NearDuplicatePairDialog</name>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="16"/>
        <source>Near-duplicates across splits</source>
        <translation>Beinahe-Duplikate über Aufteilungen hinweg</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="23"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="37"/>
        <source>Show in the species view</source>
        <translation>In der Artansicht zeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="38"/>
        <source>Select this image among its species&apos; photos in the main window</source>
        <translation>Dieses Bild unter den Fotos seiner Art im Hauptfenster auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/NearDuplicatePairDialog.cpp" line="60"/>
        <source>&lt;b&gt;Cosine similarity %1&lt;/b&gt; between the two images&apos; features (%2). If one is a copy of the other (resized, re-encoded or cropped), the model is tested on a photo it trained on.</source>
        <translation>&lt;b&gt;Kosinus-Ähnlichkeit %1&lt;/b&gt; zwischen den Merkmalen der beiden Bilder (%2). Ist eines eine Kopie des anderen (skaliert, neu kodiert oder beschnitten), wird das Modell an einem Foto getestet, mit dem es trainiert wurde.</translation>
    </message>
</context>
<context>
    <name>PairRanges</name>
    <message>
        <location filename="../ui/views/analysis/PairRanges.cpp" line="44"/>
        <source>%1 training</source>
        <translation>%1 Training</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairRanges.cpp" line="52"/>
        <source>%1 val taken for %2</source>
        <translation>%1 Val. als %2</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="43"/>
        <source>most likely label errors first</source>
        <translation>wahrscheinlichste Label-Fehler zuerst</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="44"/>
        <source>hardest first</source>
        <translation>schwierigste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="45"/>
        <source>file order</source>
        <translation>Dateireihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="49"/>
        <source>Val images:</source>
        <translation>Validierungsbilder:</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="143"/>
        <source>Choose a pair of species to see them side by side</source>
        <translation>Ein Artenpaar auswählen, um beide nebeneinander zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 training images · val top-1 %4%</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 Trainingsbilder · Top-1 (Validierung) %4%</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="175"/>
        <source>Training images (%1 shown)</source>
        <translation>Trainingsbilder (%1 angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PairView.cpp" line="176"/>
        <source>Val images taken for %1: %2</source>
        <translation>Validierungsbilder, die für %1 gehalten wurden: %2</translation>
    </message>
</context>
<context>
    <name>PastRunsView</name>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="23"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="24"/>
        <source>Show &amp;curves</source>
        <translation>&amp;Kurven anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="25"/>
        <source>&amp;Analyse...</source>
        <translation>&amp;Analysieren...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="37"/>
        <source>Choose a run to see its configuration</source>
        <translation>Einen Lauf auswählen, um seine Konfiguration zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="38"/>
        <source>Continue an unfinished run from its last checkpoint</source>
        <translation>Einen unvollendeten Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="39"/>
        <source>Show the run&apos;s logged curves</source>
        <translation>Die protokollierten Kurven des Laufs anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="41"/>
        <source>Predict the val split with the run&apos;s best checkpoint and analyse the errors</source>
        <translation>Die Validierungsdaten mit dem besten Checkpoint des Laufs vorhersagen und die Fehler analysieren</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="43"/>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../ui/views/training/PastRunsView.cpp" line="44"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>PerClassModel</name>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="175"/>
        <source>Top-1 accuracy of B minus that of A, in points</source>
        <translation>Top-1-Genauigkeit von B minus der von A, in Prozentpunkten</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="169"/>
        <source>Mean entropy of the predictions for its val images, in nats: how unsure the model is about the species</source>
        <translation>Mittlere Entropie der Vorhersagen für ihre Validierungsbilder, in nats: wie unsicher sich das Modell bei der Art ist</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="95"/>
        <source>Never the first guess for any image: precision is undefined</source>
        <translation>Für kein Bild die erste Vermutung: Präzision ist undefiniert</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="121"/>
        <source>Species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="123"/>
        <source>Supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="125"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="127"/>
        <source>Val</source>
        <translation>Val.</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="129"/>
        <source>Top-1 A
(recall)</source>
        <translation>Top-1 A
(Recall)</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="129"/>
        <source>Top-1
(recall)</source>
        <translation>Top-1
(Recall)</translation>
    </message>
    <message>
        <source>Top-1 A</source>
        <translation type="vanished">Top-1 A</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation type="vanished">Top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="131"/>
        <source>Top-3 A</source>
        <translation>Top-3 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="131"/>
        <source>Top-3</source>
        <translation>Top-3</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="133"/>
        <source>Precision A</source>
        <translation>Präzision A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="133"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="135"/>
        <source>F1 A</source>
        <translation>F1 A</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="135"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="137"/>
        <source>Hardness</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="139"/>
        <source>Top-1 B</source>
        <translation>Top-1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="141"/>
        <source>Δ top-1</source>
        <translation>Δ top-1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="143"/>
        <source>F1 B</source>
        <translation>F1 B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="145"/>
        <source>Δ F1</source>
        <translation>Δ F1</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="153"/>
        <source>Training images of the species</source>
        <translation>Trainingsbilder der Art</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="155"/>
        <source>Val images of the species</source>
        <translation>Validierungsbilder der Art</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="157"/>
        <source>Share of its val images whose first guess is right: top-1 accuracy, which is also the species&apos; recall</source>
        <translation>Anteil ihrer Validierungsbilder mit richtiger erster Vermutung: Top-1-Genauigkeit, zugleich der Recall der Art</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="161"/>
        <source>Share of its val images with the species among the first three guesses</source>
        <translation>Anteil ihrer Validierungsbilder, bei denen die Art unter den ersten drei Vermutungen ist</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="163"/>
        <source>Share of the images guessed first as this species that are of it (–: never guessed)</source>
        <translation>Anteil der zuerst als diese Art vermuteten Bilder, die zu ihr gehören (–: nie vermutet)</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="167"/>
        <source>Harmonic mean of precision and recall: high only when both are</source>
        <translation>Harmonisches Mittel aus Präzision und Recall: nur hoch, wenn beide es sind</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="173"/>
        <source>Top-1 accuracy (recall) of B</source>
        <translation>Top-1-Genauigkeit (Recall) von B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="177"/>
        <source>F1 of B</source>
        <translation>F1 von B</translation>
    </message>
    <message>
        <location filename="../ui/models/PerClassModel.cpp" line="179"/>
        <source>F1 of B minus that of A, in points</source>
        <translation>F1 von B minus F1 von A, in Prozentpunkten</translation>
    </message>
</context>
<context>
    <name>PerClassView</name>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="23"/>
        <source>Only classes with mistakes</source>
        <translation>Nur Klassen mit Fehlern</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="30"/>
        <source>Filter by species or supercategory</source>
        <translation>Nach Art oder Oberkategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="46"/>
        <source>Its val images were taken for:</source>
        <translation>Validierungsbilder dieser Art wurden erkannt als:</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PerClassView.cpp" line="116"/>
        <source>Nothing: every val image of it was right</source>
        <translation>Keine: Alle Validierungsbilder dieser Art wurden richtig erkannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/analysis/PerClassView.cpp" line="124"/>
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
        <location filename="../ui/views/common/PlotExport.cpp" line="36"/>
        <source>Unknown format &apos;%1&apos;: use .png, .pdf or .svg</source>
        <translation>Unbekanntes Format &apos;%1&apos;: .png, .pdf oder .svg verwenden</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="39"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="65"/>
        <location filename="../ui/views/common/PlotExport.cpp" line="69"/>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="66"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/common/PlotExport.cpp" line="76"/>
        <source>Export Plot...</source>
        <translation>Diagramm exportieren...</translation>
    </message>
</context>
<context>
    <name>PrecisionRecallPlot</name>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="38"/>
        <source>Recall (%)</source>
        <translation>Recall (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="39"/>
        <source>Precision (%)</source>
        <translation>Präzision (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="76"/>
        <source>%1, AP %2</source>
        <translation>%1, AP %2</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallPlot.cpp" line="134"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Top-1 confidence at least %2&lt;br&gt;Precision %3 · recall %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Top-1-Konfidenz mindestens %2&lt;br&gt;Präzision %3 · Recall %4</translation>
    </message>
</context>
<context>
    <name>PrecisionRecallView</name>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="30"/>
        <source>The per-class table&apos;s species, or type a name</source>
        <translation>Die Art der Tabelle je Klasse, oder einen Namen eingeben</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="38"/>
        <source>Species:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="101"/>
        <source>No species is named “%1”</source>
        <translation>Keine Art heißt „%1“</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="107"/>
        <source>%1 has no val images: no curve for it</source>
        <translation>%1 hat keine Validierungsbilder: keine Kurve</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="109"/>
        <source>%1 was never the first guess: no curve (precision undefined, recall 0)</source>
        <translation>%1 war nie die erste Vermutung: keine Kurve (Präzision undefiniert, Recall 0)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="112"/>
        <source>%1: average precision %2 (val images: %3; first guess for: %4)</source>
        <translation>%1: mittlere Präzision %2 (Validierungsbilder: %3; erste Vermutung für: %4)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="121"/>
        <source>Open predictions to see how precision trades against recall.</source>
        <translation>Vorhersagen öffnen, um zu sehen, wie Präzision und Recall sich gegeneinander verschieben.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="122"/>
        <source>Precision-recall</source>
        <translation>Präzision-Recall</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="127"/>
        <source>No curve: it needs each image&apos;s scores, which a Kaggle CSV lacks; open the top-k store (val.topk.csv) that taxa-cli predict writes beside it.</source>
        <translation>Keine Kurve: Sie braucht die Scores jedes Bilds, die einer Kaggle-CSV fehlen; die Top-k-Datei (val.topk.csv) öffnen, die taxa-cli predict daneben schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="129"/>
        <source>Precision-recall needs scores</source>
        <translation>Präzision-Recall braucht Scores</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="135"/>
        <source>&lt;b&gt;Average precision %1&lt;/b&gt; as the top-1 confidence threshold falls, over %2 val images; recall ends at the top-1 accuracy, %3</source>
        <translation>&lt;b&gt;Mittlere Präzision %1&lt;/b&gt;, während die Schwelle der Top-1-Konfidenz sinkt, über %2 Validierungsbilder; der Recall endet bei der Top-1-Genauigkeit, %3</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="142"/>
        <source>B: average precision %1 (dashed)</source>
        <translation>B: mittlere Präzision %1 (gestrichelt)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="145"/>
        <source>B has no scores: no curve for it</source>
        <translation>B hat keine Scores: keine Kurve</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="149"/>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="150"/>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="152"/>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="154"/>
        <source>All val images</source>
        <translation>Alle Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/PrecisionRecallView.cpp" line="166"/>
        <source>Precision against recall as the top-1 confidence threshold falls</source>
        <translation>Präzision gegen Recall bei sinkender Schwelle der Top-1-Konfidenz</translation>
    </message>
</context>
<context>
    <name>PredictJob</name>
    <message>
        <location filename="../ui/jobs/PredictJob.cpp" line="92"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PriorPairsModel</name>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="54"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="76"/>
        <source>Confused pair</source>
        <translation>Verwechseltes Paar</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="78"/>
        <source>Mistakes without prior</source>
        <translation>Fehler ohne Prior</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="80"/>
        <source>With prior</source>
        <translation>Mit Prior</translation>
    </message>
    <message>
        <location filename="../ui/models/PriorPairsModel.cpp" line="82"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>ReliabilityPlot</name>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="33"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="38"/>
        <source>Top-1 confidence</source>
        <translation>Top-1-Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="39"/>
        <source>Images (%)</source>
        <translation>Bilder (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="47"/>
        <source>Perfect calibration</source>
        <translation>Perfekte Kalibrierung</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="52"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/ReliabilityPlot.cpp" line="57"/>
        <source>Gap to mean confidence</source>
        <translation>Abstand zur mittleren Konfidenz</translation>
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
    <name>SaliencyOverlay</name>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="40"/>
        <source>No overlay</source>
        <translation>Keine Überlagerung</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="41"/>
        <source>Why the guess, not the label</source>
        <translation>Warum die Vorhersage, nicht das Label</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="42"/>
        <source>Evidence for the guess</source>
        <translation>Belege für die Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="44"/>
        <source>Where in the photo the model found evidence (gradient × activation at its last convolutional stage); computed by the ML engine when chosen</source>
        <translation>Wo im Foto das Modell Belege gefunden hat (Gradient × Aktivierung in seiner letzten Faltungsstufe); bei Auswahl von der ML-Engine berechnet</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="48"/>
        <source>Opacity of the overlay</source>
        <translation>Deckkraft der Überlagerung</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="55"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="131"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="123"/>
        <source>Finding where the evidence lies...</source>
        <translation>Belege werden lokalisiert...</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="150"/>
        <source>No checkpoint is known for these predictions (opened from a file outside a run folder): the overlay needs the model</source>
        <translation>Für diese Vorhersagen ist kein Checkpoint bekannt (aus einer Datei außerhalb eines Lauf-Ordners geöffnet): Die Überlagerung benötigt das Modell</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="159"/>
        <source>Yellow: where the evidence for %1 lies (logit %2)</source>
        <translation>Gelb: wo die Belege für %1 liegen (Logit %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/analysis/SaliencyOverlay.cpp" line="161"/>
        <source>Yellow: where the evidence for %1 over %2 lies (logits %3 and %4)</source>
        <translation>Gelb: wo die Belege für %1 statt %2 liegen (Logits %3 und %4)</translation>
    </message>
</context>
<context>
    <name>SpeciesPanel</name>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="95"/>
        <source>%1 species · %2 training images · %3 validation images</source>
        <translation>%1 Arten · %2 Trainingsbilder · %3 Validierungsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="106"/>
        <source>Choose a taxon in the taxonomy</source>
        <translation>Ein Taxon in der Taxonomie auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="106"/>
        <source>No dataset open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="109"/>
        <source>Select a species in the taxonomy, the long-tail plot or a split-check finding to see its images.</source>
        <translation>Eine Art in der Taxonomie, im Long-Tail-Diagramm oder in einem Befund der Aufteilungsprüfung auswählen, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="125"/>
        <source>%1 · %2 training images · %3 validation images · rank %4 of %5 species by training images</source>
        <translation>%1 · %2 Trainingsbilder · %3 Validierungsbilder · Rang %4 von %5 Arten nach Trainingsbildern</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="134"/>
        <source> · bucket %1–%2</source>
        <translation> · Bereich %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="140"/>
        <source>This species has no train or val images.</source>
        <translation>Diese Art hat keine Trainings- oder Validierungsbilder.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="142"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(%2)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="144"/>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="167"/>
        <source>Select a species to see its images.</source>
        <translation>Eine Art auswählen, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SpeciesPanel.cpp" line="164"/>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(supercategory)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(Oberkategorie)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="15"/>
        <location filename="../ui/views/training/StageProgress.cpp" line="120"/>
        <source>No training in progress</source>
        <translation>Kein Training aktiv</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="46"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="92"/>
        <source>Finished after step %1</source>
        <translation>Nach Schritt %1 abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="93"/>
        <source>Stopped at step %1</source>
        <translation>Bei Schritt %1 gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="106"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="108"/>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="109"/>
        <source>epoch %1/%2 · %3 left</source>
        <translation>Epoche %1/%2 · noch %3</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="114"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="114"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="116"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="124"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="124"/>
        <source>Preparing the model and data...</source>
        <translation>Modell und Daten werden vorbereitet...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="129"/>
        <source>Step %1 · loss %2 · %3 images/s</source>
        <translation>Schritt %1 · Loss %2 · %3 Bilder/s</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="134"/>
        <source>Paused at step %1</source>
        <translation>Bei Schritt %1 pausiert</translation>
    </message>
    <message>
        <location filename="../ui/views/training/StageProgress.cpp" line="136"/>
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
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="111"/>
        <source>&lt;b&gt;Split checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufteilungsprüfungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="272"/>
        <source>Select a finding to list what it concerns.</source>
        <translation>Einen Befund auswählen, um aufzulisten, was er betrifft.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="276"/>
        <source>%1 images concerned; click one to view it.</source>
        <translation>%1 betroffene Bilder; zum Anzeigen auf eines klicken.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="278"/>
        <source>%1 species concerned; click one to show it.</source>
        <translation>%1 betroffene Arten; zum Anzeigen auf eine klicken.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="242"/>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="282"/>
        <source>%1 more not listed.</source>
        <translation>%1 weitere nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="118"/>
        <source>Two images of different splits whose features have at least this cosine similarity are near-duplicates</source>
        <translation>Zwei Bilder verschiedener Aufteilungen, deren Merkmale mindestens diese Kosinus-Ähnlichkeit haben, sind Beinahe-Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="120"/>
        <source>Cosine at least</source>
        <translation>Kosinus mindestens</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="122"/>
        <source>Find near-duplicates by features...</source>
        <translation>Beinahe-Duplikate nach Merkmalen finden...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="124"/>
        <source>Images of different splits that a model sees as nearly the same: resized or re-encoded copies, which the exact-hash check misses</source>
        <translation>Bilder verschiedener Aufteilungen, die ein Modell als fast gleich sieht: skalierte oder neu kodierte Kopien, die die exakte Hash-Prüfung übersieht</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="158"/>
        <source>Features of the analysed run (%1)</source>
        <translation>Merkmale des analysierten Laufs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="160"/>
        <source>Choose a features file...</source>
        <translation>Merkmalsdatei wählen...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="167"/>
        <source>Choose a features file (taxa-cli features, or a run&apos;s predictions/features.bin)</source>
        <translation>Eine Merkmalsdatei wählen (taxa-cli features, oder predictions/features.bin eines Laufs)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="168"/>
        <source>Feature stores (*.bin);;All files (*)</source>
        <translation>Merkmalsdateien (*.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="178"/>
        <source>Looking for near-duplicates in %1...</source>
        <translation>Beinahe-Duplikate in %1 werden gesucht...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="188"/>
        <source>Looking for near-duplicates in the run&apos;s features...</source>
        <translation>Beinahe-Duplikate in den Merkmalen des Laufs werden gesucht...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="189"/>
        <source>Computing the run&apos;s features (every train and val image, once), then looking for near-duplicates...</source>
        <translation>Merkmale des Laufs werden berechnet (jedes Trainings- und Validierungsbild, einmalig), dann Beinahe-Duplikate gesucht...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="199"/>
        <source>Still looking for near-duplicates; cancel or wait</source>
        <translation>Die Suche nach Beinahe-Duplikaten läuft noch; abbrechen oder warten</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="236"/>
        <source>No two images of different splits reach this similarity by these features.</source>
        <translation>Nach diesen Merkmalen erreichen keine zwei Bilder verschiedener Aufteilungen diese Ähnlichkeit.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="237"/>
        <source>%1 pairs of images in different splits, most alike first; click one to see both side by side.</source>
        <translation>%1 Bildpaare in verschiedenen Aufteilungen, ähnlichste zuerst; ein Paar anklicken, um beide nebeneinander zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="254"/>
        <source>near-duplicates: %Ln pair(s) across splits at cosine &gt;= %1 (features: %2)</source>
        <translation>
            <numerusform>Beinahe-Duplikate: %Ln Paar über Aufteilungen hinweg bei Kosinus &gt;= %1 (Merkmale: %2)</numerusform>
            <numerusform>Beinahe-Duplikate: %Ln Paare über Aufteilungen hinweg bei Kosinus &gt;= %1 (Merkmale: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="258"/>
        <source>near-duplicates: none across splits at cosine &gt;= %1 (features: %2)</source>
        <translation>Beinahe-Duplikate: keine über Aufteilungen hinweg bei Kosinus &gt;= %1 (Merkmale: %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="285"/>
        <source>This finding names no species or images.</source>
        <translation>Dieser Befund nennt keine Arten oder Bilder.</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="314"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train and %5 val images; reading the test split...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Struktur %2: %3 Arten, %4 Trainings- und %5 Validierungsbilder; Testdaten werden gelesen...</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="320"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 layout: %3 species, %4 train, %5 val and %6 test images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Struktur %2: %3 Arten, %4 Trainings-, %5 Validierungs- und %6 Testbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="328"/>
        <source>Val drawn from the one folder: %1% of each class, seed %2</source>
        <translation>Validierungsdaten aus dem einen Ordner gezogen: %1 % jeder Klasse, Seed %2</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="333"/>
        <source>%1-%2: %3</source>
        <translation>%1-%2: %3</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="334"/>
        <source>Train images per species: min %1, median %2, max %3. Species per training-count bucket: %4</source>
        <translation>Trainingsbilder pro Art: Minimum %1, Median %2, Maximum %3. Arten pro Bereich der Trainingsbildanzahl: %4</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="355"/>
        <source>All checks passed (%1)</source>
        <translation>Alle Prüfungen bestanden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/SummaryPanel.cpp" line="372"/>
        <source>The split checks run once the test split is read.</source>
        <translation>Die Aufteilungsprüfungen laufen, sobald die Testdaten gelesen sind.</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="11"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="13"/>
        <source>kingdom</source>
        <translation>Reich</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="15"/>
        <source>phylum</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="17"/>
        <location filename="../ui/state/RankLabels.cpp" line="41"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="19"/>
        <source>order</source>
        <translation>Ordnung</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="21"/>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="23"/>
        <source>genus</source>
        <translation>Gattung</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="25"/>
        <location filename="../ui/state/RankLabels.cpp" line="42"/>
        <source>species</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="27"/>
        <source>supercategory</source>
        <translation>Oberkategorie</translation>
    </message>
    <message>
        <location filename="../ui/state/RankLabels.cpp" line="39"/>
        <source>level %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/TaxonomyModel.cpp" line="113"/>
        <source>%1 %2: %n species</source>
        <translation>
            <numerusform>%1 %2: %n Art</numerusform>
            <numerusform>%1 %2: %n Arten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="117"/>
        <source>%1% of the training images of %2, %3% of all</source>
        <translation>%1% der Trainingsbilder von %2, %3% aller</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="172"/>
        <source>Species at or below this taxon</source>
        <translation>Arten auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="174"/>
        <source>Training images at or below this taxon</source>
        <translation>Trainingsbilder auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="176"/>
        <source>Validation images at or below this taxon</source>
        <translation>Validierungsbilder auf oder unterhalb dieses Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="178"/>
        <source>Share of the parent&apos;s training images</source>
        <translation>Anteil an den Trainingsbildern des übergeordneten Taxons</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="186"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="188"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="190"/>
        <source>Species</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="192"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="194"/>
        <source>Val</source>
        <translation>Val.</translation>
    </message>
    <message>
        <location filename="../ui/models/TaxonomyModel.cpp" line="196"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>TaxonomyPanel</name>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="42"/>
        <source>Search taxa by name</source>
        <translation>Taxa nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="128"/>
        <source>at any rank</source>
        <translation>auf jedem Rang</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="132"/>
        <source>in %1 names</source>
        <translation>auf Rang %1</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="44"/>
        <source>Which rank the search text must match</source>
        <translation>Welchem Rang der Suchtext entsprechen muss</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="50"/>
        <source>Fewest training images a shown species has</source>
        <translation>Mindestanzahl an Trainingsbildern einer angezeigten Art</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="51"/>
        <source>Most training images a shown species has</source>
        <translation>Höchstanzahl an Trainingsbildern einer angezeigten Art</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="53"/>
        <source>Supercategory → species</source>
        <translation>Oberkategorie → Art</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="55"/>
        <source>Show the full taxonomy or species grouped by supercategory</source>
        <translation>Die vollständige Taxonomie oder die Arten nach Oberkategorie gruppiert anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="72"/>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="74"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="103"/>
        <source>Showing %1 of %2 species</source>
        <translation>%1 von %2 Arten angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/dataset/TaxonomyPanel.cpp" line="134"/>
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
        <location filename="../ui/views/dataset/ThumbnailDelegate.cpp" line="47"/>
        <source>Cannot read
image</source>
        <translation>Bild nicht
lesbar</translation>
    </message>
    <message>
        <location filename="../ui/views/dataset/ThumbnailDelegate.cpp" line="47"/>
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
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="56"/>
        <source>Average pooling</source>
        <translation>Average Pooling</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="57"/>
        <source>iSQRT-COV (second order)</source>
        <translation>iSQRT-COV (zweiter Ordnung)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="62"/>
        <source>Instance (as in the data)</source>
        <translation>Instanz (wie in den Daten)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="63"/>
        <source>Class-balanced</source>
        <translation>Klassenbalanciert</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="64"/>
        <source>Square-root</source>
        <translation>Quadratwurzel</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="65"/>
        <source>Power (q)</source>
        <translation>Potenz (q)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="67"/>
        <source>uniform</source>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="68"/>
        <source>taxonomy-aware</source>
        <translation>taxonomiebewusst</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="69"/>
        <source>Automatic (CUDA if present)</source>
        <translation>Automatisch (CUDA, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="70"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="71"/>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="72"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="74"/>
        <source>full epochs</source>
        <translation>volle Epochen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="75"/>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="248"/>
        <source>Pr&amp;ocesses:</source>
        <translation>Pr&amp;ozesse:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="90"/>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="91"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="95"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="96"/>
        <source>Caps the batches per epoch, for quick experiments</source>
        <translation>Begrenzt die Batches pro Epoche, für schnelle Experimente</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Trains</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="103"/>
        <source>Peak LR</source>
        <translation>Max. LR</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="108"/>
        <source>Stages run one after the other. Trains: all, head, last:K blocks. Data: train, or val to fine-tune on the balanced val split.</source>
        <translation>Die Stufen laufen nacheinander. Trainiert: all, head, last:K Blöcke. Daten: train, oder val zum Feintuning auf den balancierten Validierungsdaten.</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="123"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="124"/>
        <source>Choose the run folder</source>
        <translation>Lauf-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="131"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="132"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="133"/>
        <source>&amp;Head:</source>
        <translation>&amp;Kopf:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="134"/>
        <source>Crop / resize:</source>
        <translation>Ausschnitt / Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="138"/>
        <source>Label smoothing:</source>
        <translation>Label-Glättung:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="144"/>
        <source>Run folder:</source>
        <translation>Lauf-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="248"/>
        <source>&amp;GPUs:</source>
        <translation>G&amp;PUs:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="250"/>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="252"/>
        <source>Train on this many GPUs, one process each.</source>
        <translation>Auf so vielen GPUs trainieren, ein Prozess pro GPU.</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="253"/>
        <source>Train in this many CPU processes (data-parallel; each gets an equal share of the cores).</source>
        <translation>In so vielen CPU-Prozessen trainieren (datenparallel; jeder erhält den gleichen Anteil der Kerne).</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="255"/>
        <source> Above one the run goes through taxa-cli train --nproc-per-node; the batch size is per process and the learning rate is for the global batch.</source>
        <translation> Ab zwei läuft der Lauf über taxa-cli train --nproc-per-node; die Batchgröße gilt pro Prozess, die Lernrate für den globalen Batch.</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="135"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="137"/>
        <source>&amp;Sampler:</source>
        <translation>&amp;Sampler:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="139"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="140"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="142"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="143"/>
        <source>&amp;Max steps:</source>
        <translation>&amp;Max. Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="149"/>
        <source>Quick CPU demo</source>
        <translation>Schnelle CPU-Demo</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="150"/>
        <source>2018 winner recipe (GPU)</source>
        <translation>Rezept des Gewinners 2018 (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainConfigForm.cpp" line="235"/>
        <source>Parent folder for the run</source>
        <translation>Übergeordneter Ordner für den Lauf</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="43"/>
        <source>Loss and learning rate</source>
        <translation>Loss und Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="45"/>
        <source>Accuracy per epoch</source>
        <translation>Genauigkeit pro Epoche</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="55"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="56"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="57"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="58"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="59"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="67"/>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="69"/>
        <source>loss (smoothed)</source>
        <translation>Loss (geglättet)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="70"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="73"/>
        <source>val top-1</source>
        <translation>top-1 (Validierung)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="74"/>
        <source>val top-3</source>
        <translation>top-3 (Validierung)</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingCurves.cpp" line="75"/>
        <source>train top-1</source>
        <translation>top-1 (Training)</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="41"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="42"/>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="315"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="43"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="50"/>
        <source>Train a new model with this configuration on the open dataset</source>
        <translation>Ein neues Modell mit dieser Konfiguration auf dem geöffneten Datensatz trainieren</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="52"/>
        <source>Pause after the current batch; click again to continue</source>
        <translation>Nach dem aktuellen Batch pausieren; erneut klicken, um fortzufahren</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="53"/>
        <source>Stop after the current batch, saving a checkpoint to resume from</source>
        <translation>Nach dem aktuellen Batch stoppen und einen Checkpoint zum Fortsetzen speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="59"/>
        <source>The training log appears here</source>
        <translation>Hier erscheint das Trainingsprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="66"/>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="67"/>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="192"/>
        <source>A run is in progress; stop it first.</source>
        <translation>Ein Lauf ist aktiv; bitte zuerst stoppen.</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="196"/>
        <source>Open a dataset to train on.</source>
        <translation>Einen Datensatz zum Trainieren öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="202"/>
        <source>Resuming %1</source>
        <translation>%1 wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="203"/>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="217"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="247"/>
        <source>Pausing after the current batch</source>
        <translation>Pause nach dem aktuellen Batch</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="247"/>
        <source>Continuing</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="253"/>
        <source>Stopping after the current batch...</source>
        <translation>Stopp nach dem aktuellen Batch...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="259"/>
        <source>Stopping and saving before closing...</source>
        <translation>Wird gestoppt und gespeichert, dann geschlossen...</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="273"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="275"/>
        <source>Finished; best val top-1 %1%</source>
        <translation>Abgeschlossen; bestes Top-1 (Validierung) %1%</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="278"/>
        <source>Stopped; resume it from Past runs</source>
        <translation>Gestoppt; unter „Frühere Läufe“ fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/training/TrainingPanel.cpp" line="315"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="71"/>
        <source>Loading the ML engine (LibTorch)...</source>
        <translation>ML-Engine (LibTorch) wird geladen...</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="75"/>
        <source>ML engine loaded in %1 s: LibTorch %2, %3</source>
        <translation>ML-Engine in %1 s geladen: LibTorch %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/TrainingWorker.cpp" line="78"/>
        <source>%n CUDA device(s)</source>
        <translation>
            <numerusform>%n CUDA-Gerät</numerusform>
            <numerusform>%n CUDA-Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="79"/>
        <source>CPU only</source>
        <translation>nur CPU</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="88"/>
        <source>No dataset is open</source>
        <translation>Kein Datensatz geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingWorker.cpp" line="111"/>
        <source>Out of memory</source>
        <translation>Nicht genügend Speicher</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../ui/views/maps/WorldMap.cpp" line="249"/>
        <source>%1: %2 in view (shaded by count)</source>
        <translation>%1: %2 sichtbar (nach Anzahl schattiert)</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/WorldMap.cpp" line="250"/>
        <source>%1: %2 in view (a dot per cell)</source>
        <translation>%1: %2 sichtbar (ein Punkt pro Zelle)</translation>
    </message>
    <message>
        <location filename="../ui/views/maps/WorldMap.cpp" line="251"/>
        <source>%1: %2 in view</source>
        <translation>%1: %2 sichtbar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fine-grained, long-tailed species classification workbench</source>
        <translation type="vanished">Workbench für feingranulare Artklassifikation mit Long Tail</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="95"/>
        <source>Dataset folder, or annotation files, to open</source>
        <translation>Zu öffnender Datensatzordner oder Annotationsdateien</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="26"/>
        <source>Select the taxon of this name once the dataset is open</source>
        <translation>Das Taxon mit diesem Namen auswählen, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <source>Show this tab first: species, longtail, summary, map, training, analysis, or pairs, classes, confusion, errors, calibration or geo (of the analysis)</source>
        <translation type="vanished">Diesen Tab zuerst anzeigen: species, longtail, summary, map, training, analysis oder pairs, classes, confusion, errors, calibration bzw. geo (der Analyse)</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="29"/>
        <source>Show this tab first: species, longtail, summary, map, training, analysis, or pairs, classes, confusion, errors, calibration, pr (precision-recall), geo or featuremap (of the analysis)</source>
        <translation>Diesen Reiter zuerst zeigen: species, longtail, summary, map, training, analysis, oder pairs, classes, confusion, errors, calibration, pr (Präzision-Recall), geo oder featuremap (der Analyse)</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="36"/>
        <source>Search the taxonomy for this text once the dataset is open</source>
        <translation>Die Taxonomie nach diesem Text durchsuchen, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="39"/>
        <source>Start training with this preset (quick-cpu or winner-2018) once the dataset is open</source>
        <translation>Training mit dieser Voreinstellung (quick-cpu oder winner-2018) starten, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="44"/>
        <source>With --train: train on this many processes (above one through taxa-cli train --nproc-per-node)</source>
        <translation>Mit --train: in so vielen Prozessen trainieren (ab zwei über taxa-cli train --nproc-per-node)</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="49"/>
        <source>Analyse a run folder or a predictions CSV once the dataset is open</source>
        <translation>Einen Lauf-Ordner oder eine Vorhersage-CSV analysieren, sobald der Datensatz geöffnet ist</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="53"/>
        <source>With --analyse: compare with this run folder or predictions CSV</source>
        <translation>Mit --analyse: mit diesem Lauf-Ordner oder dieser Vorhersage-CSV vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="56"/>
        <source>With --analyse: open this geographic prior (.geo) and switch it on, so that the analysis shows without and with it</source>
        <translation>Mit --analyse: diesen geografischen Prior (.geo) öffnen und einschalten, sodass die Analyse ohne und mit ihm angezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/state/StartupRequest.cpp" line="102"/>
        <source>With --analyse: show where the evidence for the guess over the label lies on the pair view&apos;s val photo (loads the ML engine)</source>
        <translation>Mit --analyse: auf dem Validierungsfoto der Paaransicht zeigen, wo die Belege für die Vorhersage statt des Labels liegen (lädt die ML-Engine)</translation>
    </message>
</context>
</TS>
