#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

#include "dataset/DemoGenerator.h"
#include "state/DemoLocation.h"
#include "state/TaxonObservations.h"
#include "views/analysis/AnalysisPanel.h"
#include "views/analysis/FeatureMapView.h"
#include "views/common/AboutDialog.h"
#include "views/common/BucketPlot.h"
#include "views/dataset/ImageViewer.h"
#include "views/dataset/LongTailPanel.h"
#include "views/dataset/LongTailPlot.h"
#include "views/dataset/SpeciesPanel.h"
#include "views/dataset/SummaryPanel.h"
#include "views/dataset/TaxonomyPanel.h"
#include "views/maps/MapPanel.h"
#include "views/training/TrainingPanel.h"
#include "workers/BackgroundJob.h"

namespace {
constexpr int kMaxRecent = 8;
constexpr double kFirstStartShare = 0.88;  ///< Of the screen's width and height.
const char* kRecentKey = "datasets/recent";
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      loadJob_(new BackgroundJob(this)),
      demoJob_(new BackgroundJob(this)),
      completeJob_(new BackgroundJob(this)),
      taxonomy_(new TaxonomyPanel(this)),
      taxonomyDock_(new QDockWidget(tr("Taxonomy"), this)),
      tabs_(new QTabWidget(this)),
      species_(new SpeciesPanel(this)),
      longTail_(new LongTailPanel(this)),
      summary_(new SummaryPanel(this)),
      training_(new TrainingPanel(this)),
      analysis_(new AnalysisPanel(this)),
      map_(new MapPanel(this)),
      status_(new QLabel(this)),
      progress_(new QProgressBar(this)) {
    setWindowTitle(tr("Taxa Workbench"));
    taxonomyDock_->setObjectName(QStringLiteral("taxonomyDock"));  // saveState() keys on it
    taxonomyDock_->setWidget(taxonomy_);
    taxonomyDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, taxonomyDock_);
    tabs_->addTab(species_, tr("Species"));
    tabs_->addTab(longTail_, tr("Long tail"));
    tabs_->addTab(summary_, tr("Summary"));
    tabs_->addTab(training_, tr("Training"));
    tabs_->addTab(analysis_, tr("Analysis"));
    tabs_->addTab(map_, tr("Map"));
    setCentralWidget(tabs_);
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(progress_);
    progress_->setMaximumWidth(220);
    progress_->hide();
    buildMenus();
    connectPanels();

    connect(loadJob_, &BackgroundJob::progress, this, &MainWindow::setBusy);
    connect(loadJob_, &BackgroundJob::succeeded, this, &MainWindow::loaded);
    connect(loadJob_, &BackgroundJob::failed, this, [this](const QString& message) {
        progress_->hide();
        status_->setText(tr("Could not open %1").arg(pendingSource_.displayName()));
        warn(tr("Cannot open dataset"), message);
    });
    connect(loadJob_, &BackgroundJob::cancelled, this, [this] {
        progress_->hide();
        status_->setText(tr("Opening cancelled"));
    });
    connect(completeJob_, &BackgroundJob::succeeded, this, &MainWindow::completed);
    connect(completeJob_, &BackgroundJob::failed, this, [this](const QString& message) {
        status_->setText(tr("Could not read the test split: %1").arg(message));
    });
    restoreLayout();
}

MainWindow::~MainWindow() {
    // Jobs write into members of this window: stop and join them before members are destroyed.
    delete loadJob_;
    delete demoJob_;
    delete completeJob_;
}

void MainWindow::restoreLayout() {
    QSettings settings;
    if (!settings.contains("window/geometry")) {
        // First start: most of the screen, centred, the taxonomy taking two fifths at most.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize size = (screen.size() * kFirstStartShare)
                               .expandedTo(minimumSizeHint())
                               .boundedTo(screen.size());
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, screen));
        resizeDocks({taxonomyDock_}, {std::min(600, size.width() * 2 / 5)}, Qt::Horizontal);
    }
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    taxonomy_->restoreState(settings.value("window/taxonomy").toByteArray());
    species_->splitter()->restoreState(settings.value("window/speciesSplit").toByteArray());
    tabs_->setCurrentIndex(settings.value("window/tab", SpeciesTab).toInt());
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(tr("&Open Dataset Folder..."), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Dataset &Files..."), this, &MainWindow::chooseFiles);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Dataset"), this, &MainWindow::openDemoDataset);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(taxonomyDock_->toggleViewAction());
    QAction* find = view->addAction(tr("&Find Taxon"), this, [this] {
        taxonomyDock_->show();
        taxonomy_->searchBox()->setFocus();
        taxonomy_->searchBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    view->addAction(tr("&Species"), this, [this] { showTab(SpeciesTab); })
        ->setShortcut(Qt::CTRL | Qt::Key_1);
    view->addAction(tr("&Long Tail"), this, [this] { showTab(LongTailTab); })
        ->setShortcut(Qt::CTRL | Qt::Key_2);
    view->addAction(tr("S&ummary"), this, [this] { showTab(SummaryTab); })
        ->setShortcut(Qt::CTRL | Qt::Key_3);
    view->addAction(tr("&Training"), this, [this] { showTab(TrainingTab); })
        ->setShortcut(Qt::CTRL | Qt::Key_4);
    view->addAction(tr("&Analysis"), this, [this] { showTab(AnalysisTab); })
        ->setShortcut(Qt::CTRL | Qt::Key_5);
    view->addAction(tr("&Map"), this, [this] { showTab(MapTab); })
        ->setShortcut(Qt::CTRL | Qt::Key_6);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Taxa Workbench"), this, [this] { AboutDialog(this).exec(); })
        ->setShortcut(QKeySequence::HelpContents);
    updateRecentMenu();
}

void MainWindow::connectPanels() {
    connect(taxonomy_, &TaxonomyPanel::taxonSelected, this, [this](int taxon) {
        species_->showTaxon(taxon);
        map_->showTaxon(taxon);
        const int c = data_ ? data_->taxonomy.node(taxon).classIndex : -1;
        longTail_->curve()->highlightSpecies(c);
        if (data_)
            analysis_->featureMap()->highlightClasses(
                classesUnder(data_->taxonomy, taxon),
                QString::fromStdString(data_->taxonomy.node(taxon).name));
    });
    connect(taxonomy_, &TaxonomyPanel::supercategorySelected, species_,
            &SpeciesPanel::showSupercategory);
    connect(taxonomy_, &TaxonomyPanel::supercategorySelected, map_, &MapPanel::showSupercategory);
    connect(taxonomy_, &TaxonomyPanel::taxonActivated, this, [this] { showTab(SpeciesTab); });
    connect(species_, &SpeciesPanel::taxonClicked, taxonomy_, &TaxonomyPanel::selectTaxon);
    connect(longTail_->curve(), &LongTailPlot::speciesClicked, this,
            [this](int c) { showSpecies(c, false); });
    connect(longTail_->curve(), &LongTailPlot::speciesActivated, this,
            [this](int c) { showSpecies(c, true); });
    connect(longTail_->buckets(), &BucketPlot::bucketClicked, this, [this](qint64 lo, qint64 hi) {
        taxonomyDock_->show();
        taxonomy_->setTrainRange(lo, hi);
    });
    connect(summary_, &SummaryPanel::speciesRequested, this,
            [this](int c) { showSpecies(c, true); });
    connect(summary_, &SummaryPanel::imageRequested, this, &MainWindow::showImage);
    connect(summary_, &SummaryPanel::supercategoryRequested, taxonomy_,
            &TaxonomyPanel::selectSupercategory);
    connect(training_, &TrainingPanel::analyseRequested, this, [this](const QString& run) {
        if (analysis_->analyseRun(run)) showTab(AnalysisTab);
    });
    connect(analysis_, &AnalysisPanel::imageRequested, this, &MainWindow::showImage);
    // The summary's near-duplicates search offers the analysed run's features.
    connect(analysis_, &AnalysisPanel::analysed, this, &MainWindow::followAnalysedRun);
}

void MainWindow::followAnalysedRun() {
    const auto result = analysis_->result();
    summary_->setRunCheckpoint(result ? result->checkpoint : QString());
}

void MainWindow::showTab(Tab tab) {
    tabs_->setCurrentIndex(tab);
}

MainWindow::Tab MainWindow::currentTab() const {
    return static_cast<Tab>(tabs_->currentIndex());
}

void MainWindow::showSpecies(int classIndex, bool activate) {
    if (!data_ || classIndex < 0 || classIndex >= data_->taxonomy.classCount()) return;
    taxonomyDock_->show();
    taxonomy_->selectTaxon(data_->taxonomy.speciesNode(classIndex));
    if (activate) showTab(SpeciesTab);
}

void MainWindow::showImage(int imageIndex) {
    if (!data_ || imageIndex < 0) return;
    const int label = data_->dataset.images[static_cast<size_t>(imageIndex)].label;
    if (label >= 0) {
        showSpecies(label, true);
        species_->showImage(imageIndex);
        return;
    }
    // Unlabelled (test) images belong to no species view: show them in a window of their own.
    if (!looseViewer_) {
        looseViewer_ = new ImageViewer(this);
        looseViewer_->setWindowFlag(Qt::Window);
        looseViewer_->setWindowTitle(tr("Image"));
        looseViewer_->resize(640, 640);
    }
    looseViewer_->setDataset(data_);
    looseViewer_->showImage(imageIndex);
    looseViewer_->show();
    looseViewer_->raise();
}

bool MainWindow::selectTaxonByName(const QString& name) {
    if (!data_) return false;
    const auto found = data_->taxonomy.find(name.toStdString());
    if (found.empty()) return false;
    taxonomyDock_->show();
    taxonomy_->selectTaxon(found.front());
    return true;
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& entry : recent) {
        const DatasetSource source = DatasetSource::fromSetting(entry);
        const QString label =
            source.files.isEmpty()
                ? source.folder
                : tr("%1 (in %2)")
                      .arg(source.displayName(), QFileInfo(source.files.front()).path());
        recentMenu_->addAction(label, this, [this, source] { open(source); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseDataset() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open an iNaturalist dataset folder"),
                                          QSettings().value("datasets/lastDir").toString());
    if (folder.isEmpty()) return;
    QSettings().setValue("datasets/lastDir", QFileInfo(folder).absolutePath());
    openDataset(folder);
}

void MainWindow::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Choose annotation files (train, and optionally val, test, categories)"),
        QSettings().value("datasets/lastDir").toString(), tr("JSON files (*.json);;All files (*)"));
    if (files.isEmpty()) return;
    QSettings().setValue("datasets/lastDir", QFileInfo(files.front()).absolutePath());
    openFiles(files);
}

void MainWindow::openDataset(const QString& folder) {
    open(DatasetSource::fromFolder(folder));
}

void MainWindow::openFiles(const QStringList& files) {
    open(DatasetSource::fromFiles(files));
}

void MainWindow::open(const DatasetSource& source) {
    if (loadJob_->isRunning() || completeJob_->isRunning()) {
        loadJob_->cancel();
        completeJob_->cancel();
        status_->setText(tr("Still closing the previous dataset; try again in a moment"));
        return;
    }
    // A path that is not there is named as such, not sorted into a dataset role by its name.
    for (const QString& path : source.files)
        if (!QFileInfo::exists(path))
            return warn(tr("Cannot open dataset"), tr("%1: no such file or folder").arg(path));
    taxa::DatasetFiles files;
    if (!source.files.isEmpty()) {
        QString error;
        if (!source.toDatasetFiles(&files, &error)) {
            warn(tr("Cannot open dataset"), error);
            return;
        }
    }
    pendingSource_ = source;
    setBusy(tr("Opening %1").arg(source.displayName()), 0, 0);
    const std::string root = source.folder.toStdString();
    const bool explicitFiles = !source.files.isEmpty();
    // The window becomes usable as soon as train and val are in; the test split follows.
    loadJob_->start([this, root, files, explicitFiles](const taxa::ProgressFn& progress) {
        pendingFiles_ = explicitFiles ? files : taxa::findDatasetFiles(root);
        pending_ = LoadedDataset::loadWithoutTest(pendingFiles_, progress);
    });
}

void MainWindow::loaded() {
    data_ = std::move(pending_);
    // The taxonomy first: it is what the window must show to be usable. The other panels
    // build their heavier parts (plots, thumbnails) only when shown.
    taxonomy_->setDataset(data_);
    species_->setDataset(data_);
    longTail_->setDataset(data_);
    longTail_->curve()->highlightSpecies(-1);
    summary_->setDataset(data_);
    training_->setDataset(data_);
    analysis_->setDataset(data_);
    followAnalysedRun();  // kept for the same dataset, else gone
    map_->setDataset(data_);
    if (looseViewer_) looseViewer_->setDataset(data_);
    progress_->hide();
    setWindowTitle(tr("%1 - Taxa Workbench").arg(pendingSource_.displayName()));
    status_->setText(tr("Opened %1")
                         .arg(pendingSource_.files.isEmpty() ? pendingSource_.folder
                                                             : pendingSource_.displayName()));
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(pendingSource_.toSetting());
    recent.prepend(pendingSource_.toSetting());
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
    emit datasetOpened();
    if (!data_->testPending) {
        emit datasetCompleted();
        return;
    }
    status_->setText(tr("Opened %1; reading the test split...").arg(pendingSource_.displayName()));
    const taxa::DatasetFiles files = pendingFiles_;
    completeJob_->start([this, files](const taxa::ProgressFn& progress) {
        pendingComplete_ = LoadedDataset::load(files, progress);
    });
}

void MainWindow::completed() {
    // Same files, so the same taxonomy and the same train and val images: panels keep what
    // the person has selected, filtered and scrolled to.
    data_ = std::move(pendingComplete_);
    taxonomy_->setDataset(data_, true);
    species_->setDataset(data_, true);
    longTail_->setDataset(data_);
    summary_->setDataset(data_, true);
    training_->setDataset(data_);
    analysis_->setDataset(data_);
    map_->setDataset(data_, true);
    if (looseViewer_) looseViewer_->setDataset(data_);
    status_->setText(tr("Opened %1")
                         .arg(pendingSource_.files.isEmpty() ? pendingSource_.folder
                                                             : pendingSource_.displayName()));
    emit datasetCompleted();
}

void MainWindow::openDemoDataset() {
    const QString folder = demoDatasetFolder();
    if (QFileInfo::exists(folder + "/train2018.json")) {
        openDataset(folder);
        return;
    }
    auto* dialog = new QProgressDialog(tr("Drawing the demo dataset..."), tr("Cancel"), 0, 0, this);
    dialog->setWindowTitle(tr("Demo dataset"));
    dialog->setMinimumDuration(0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, demoJob_, &BackgroundJob::cancel);
    connect(demoJob_, &BackgroundJob::progress, dialog,
            [dialog](const QString&, qint64 done, qint64 total) {
                dialog->setMaximum(static_cast<int>(total));
                dialog->setValue(static_cast<int>(done));
            });
    dialog->show();
    const std::string out = folder.toStdString();
    demoJob_->start(
        [out](const taxa::ProgressFn& progress) {
            taxa::DemoOptions options;
            options.out = out;
            taxa::generateDemo(options, progress);
        },
        [this, dialog, folder](BackgroundJob::Outcome outcome, const QString& message) {
            disconnect(demoJob_, nullptr, dialog, nullptr);
            dialog->close();
            if (outcome == BackgroundJob::Outcome::Succeeded)
                openDataset(folder);
            else if (outcome == BackgroundJob::Outcome::Failed)
                warn(tr("Cannot write the demo dataset"), message);
        });
}

void MainWindow::setBusy(const QString& stage, qint64 done, qint64 total) {
    status_->setText(stage);
    progress_->show();
    progress_->setMaximum(total > 0 ? static_cast<int>(total) : 0);
    progress_->setValue(static_cast<int>(done));
}

void MainWindow::warn(const QString& title, const QString& message) {
    // Also on stderr: whoever started the program from a terminal or a script sees why.
    std::fprintf(stderr, "taxa: %s\n", qPrintable(message));
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeWithoutAsking() {
    closeWithoutAsking_ = true;
    // A modal dialog (an error box, a question) runs its own event loop, and the window would
    // close behind it with the program still alive: end the dialog first, then come back once
    // its loop has returned. A dialog that keeps reappearing cannot hold the program.
    if (QWidget* modal = QApplication::activeModalWidget(); modal && modalsClosed_ < 20) {
        ++modalsClosed_;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        QTimer::singleShot(0, this, &MainWindow::closeWithoutAsking);
        return;
    }
    if (close()) QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (training_->isTraining() && !closeWithoutAsking_) {
        const auto answer = QMessageBox::question(
            this, tr("Training in progress"),
            tr("A model is training. Stop it and quit?\n\nThe run is saved after the current "
               "batch and can be resumed from the Training tab."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (training_->isTraining()) {
        // Waits for the batch in progress and the checkpoint: a second or so on a CPU.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        training_->shutdown();
        QApplication::restoreOverrideCursor();
    }
    analysis_->cancel();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("window/taxonomy", taxonomy_->saveState());
    settings.setValue("window/speciesSplit", species_->splitter()->saveState());
    settings.setValue("window/tab", tabs_->currentIndex());
    loadJob_->cancel();
    demoJob_->cancel();
    completeJob_->cancel();
    if (looseViewer_) looseViewer_->close();
    event->accept();
}
