#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "DemoLocation.h"
#include "dataset/DemoGenerator.h"
#include "views/SummaryPanel.h"
#include "workers/BackgroundJob.h"

namespace {
constexpr int kMaxRecent = 8;
const char* kRecentKey = "datasets/recent";
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      loadJob_(new BackgroundJob(this)),
      demoJob_(new BackgroundJob(this)),
      tabs_(new QTabWidget(this)),
      summary_(new SummaryPanel(this)),
      status_(new QLabel(this)),
      progress_(new QProgressBar(this)) {
    setWindowTitle(tr("Taxa Workbench"));
    tabs_->addTab(summary_, tr("Summary"));
    setCentralWidget(tabs_);
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(progress_);
    progress_->setMaximumWidth(220);
    progress_->hide();
    buildMenus();

    connect(loadJob_, &BackgroundJob::progress, this, &MainWindow::setBusy);
    connect(loadJob_, &BackgroundJob::succeeded, this, [this] {
        data_ = std::move(pending_);
        summary_->setDataset(data_);
        progress_->hide();
        const QString name = QFileInfo(pendingFolder_).fileName();
        setWindowTitle(tr("%1 - Taxa Workbench").arg(name));
        status_->setText(tr("Opened %1").arg(pendingFolder_));
        QSettings settings;
        QStringList recent = settings.value(kRecentKey).toStringList();
        recent.removeAll(pendingFolder_);
        recent.prepend(pendingFolder_);
        settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
        updateRecentMenu();
        emit datasetOpened();
    });
    connect(loadJob_, &BackgroundJob::failed, this, [this](const QString& message) {
        progress_->hide();
        status_->setText(tr("Could not open %1").arg(pendingFolder_));
        QMessageBox::warning(this, tr("Cannot open dataset"), message);
    });
    connect(loadJob_, &BackgroundJob::cancelled, this, [this] {
        progress_->hide();
        status_->setText(tr("Opening cancelled"));
    });

    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    if (!settings.contains("window/geometry")) resize(1100, 760);
}

MainWindow::~MainWindow() {
    // Jobs write into members of this window: stop and join them before members are destroyed.
    delete loadJob_;
    delete demoJob_;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Dataset..."), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Dataset"), this, &MainWindow::openDemoDataset);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& folder : recent)
        recentMenu_->addAction(folder, this, [this, folder] { openDataset(folder); });
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

void MainWindow::openDataset(const QString& folder) {
    if (loadJob_->isRunning()) {
        loadJob_->cancel();
        status_->setText(tr("Still closing the previous dataset; try again in a moment"));
        return;
    }
    pendingFolder_ = QFileInfo(folder).absoluteFilePath();
    const std::string root = pendingFolder_.toStdString();
    setBusy(tr("Opening %1").arg(pendingFolder_), 0, 0);
    loadJob_->start([this, root](const taxa::ProgressFn& progress) {
        pending_ = LoadedDataset::load(root, progress);
    });
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
    auto finish = [this, dialog] {
        disconnect(demoJob_, nullptr, dialog, nullptr);
        disconnect(demoJob_, &BackgroundJob::succeeded, this, nullptr);
        disconnect(demoJob_, &BackgroundJob::failed, this, nullptr);
        dialog->close();
    };
    connect(demoJob_, &BackgroundJob::succeeded, this, [this, finish, folder] {
        finish();
        openDataset(folder);
    });
    connect(demoJob_, &BackgroundJob::failed, this, [this, finish](const QString& message) {
        finish();
        QMessageBox::warning(this, tr("Cannot write the demo dataset"), message);
    });
    connect(demoJob_, &BackgroundJob::cancelled, dialog, [finish] { finish(); });
    dialog->show();
    const std::string out = folder.toStdString();
    demoJob_->start([out](const taxa::ProgressFn& progress) {
        taxa::DemoOptions options;
        options.out = out;
        taxa::generateDemo(options, progress);
    });
}

void MainWindow::setBusy(const QString& stage, qint64 done, qint64 total) {
    status_->setText(stage);
    progress_->show();
    progress_->setMaximum(total > 0 ? static_cast<int>(total) : 0);
    progress_->setValue(static_cast<int>(done));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    loadJob_->cancel();
    demoJob_->cancel();
    event->accept();
}
