#include "views/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "engine/Engine.h"
#include "image/ImageLibraries.h"

namespace {

// One line on the engine; loads it (so call off the GUI thread unless engine::loaded()).
QString engineLine() {
    try {
        const taxa::engine::Info info = taxa::engine::get().info();
        const QString cuda =
            info.cudaDevices > 0
                ? AboutDialog::tr("CUDA available: %n device(s)", nullptr, info.cudaDevices)
                : AboutDialog::tr("CUDA not available: training and prediction run on the CPU");
        return AboutDialog::tr("ML engine: LibTorch %1, %2")
            .arg(QString::fromStdString(info.libtorchVersion), cuda);
    } catch (const std::exception& e) {
        return AboutDialog::tr("ML engine: %1").arg(QString::fromUtf8(e.what()));
    }
}

}  // namespace

QString AboutDialog::versionText() {
    return tr("Version %1\nQt %2 (built with %3)\n%4")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QString::fromStdString(taxa::imageLibraryVersions()));
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Taxa Workbench"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/taxa/taxa.svg")).pixmap(64, 64));
    auto* title =
        new QLabel(tr("<h2>Taxa Workbench</h2><p>Fine-grained, long-tailed species classification: "
                      "inspect iNaturalist datasets, train classifiers with the methods that won "
                      "the 2018 competition, and analyse their errors.</p>"),
                   this);
    title->setWordWrap(true);
    auto* versions = new QLabel(versionText(), this);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    engine_ = new QLabel(this);
    engine_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    engine_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title);
    layout->addWidget(versions);
    layout->addWidget(engine_);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    showEngine();
}

void AboutDialog::showEngine() {
    if (taxa::engine::loaded()) {
        engine_->setText(engineLine());
        return;
    }
    engine_->setText(tr("ML engine: loading to read its versions..."));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher] { engine_->setText(watcher->result()); });
    watcher->setFuture(QtConcurrent::run(engineLine));
}
