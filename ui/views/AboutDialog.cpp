#include "views/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include "model/BuildInfo.h"

QString AboutDialog::versionText() {
    const int cuda = taxa::cudaDeviceCount();
    return tr("Version %1\nQt %2 (built with %3)\nLibTorch %4\nOpenCV %5\n%6")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QString::fromStdString(taxa::libtorchVersion()),
             QString::fromStdString(taxa::opencvVersion()),
             cuda > 0 ? tr("CUDA available: %n device(s)", nullptr, cuda)
                      : tr("CUDA not available: training and prediction run on the CPU"));
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title);
    layout->addWidget(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}
