// taxa: the desktop application. `taxa [DATASET_DIR]` opens a dataset; without one it opens the
// last dataset, or the demo dataset (generating it on first start).

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>

#include "MainWindow.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TaxaWorkbench"));
    QApplication::setApplicationName(QStringLiteral("TaxaWorkbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Taxa Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(TAXA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/taxa/taxa.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Fine-grained, long-tailed species classification workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dataset"),
                                 QApplication::translate("main", "Dataset folder to open"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    const QStringList recent = QSettings().value("datasets/recent").toStringList();
    if (!args.isEmpty())
        window.openDataset(args.first());
    else if (!recent.isEmpty() && QDir(recent.first()).exists())
        window.openDataset(recent.first());
    else
        window.openDemoDataset();
    return QApplication::exec();
}
