#include "views/common/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include "image/ImageLibraries.h"
#include "jobs/EngineProbe.h"

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
    if (EngineProbe::loaded()) {
        engine_->setText(EngineProbe::describe().line);
        return;
    }
    engine_->setText(tr("ML engine: loading to read its versions..."));
    auto found = std::make_shared<EngineProbe::Found>();
    auto* job = new BackgroundJob(this);
    job->start(EngineProbe::probe(found), [this, found](BackgroundJob::Outcome, const QString&) {
        engine_->setText(found->line);
    });
}
