// taxa: the desktop application. `taxa [DATASET_DIR | FILE...]` opens a dataset; without one it
// opens the last dataset, or the demo dataset (generating it on first start).

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QSettings>

#include "DatasetSource.h"
#include "MainWindow.h"
#include "views/TaxonomyPanel.h"

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
    parser.addPositionalArgument(
        QStringLiteral("dataset"),
        QApplication::translate("main", "Dataset folder, or annotation files, to open"),
        QStringLiteral("[DATASET_DIR | FILE...]"));
    const QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main", "Select the taxon of this name once the dataset is open"),
        QStringLiteral("name"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main", "Show this tab first: species, longtail or summary"),
        QStringLiteral("tab"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QApplication::translate("main",
                                "Search the taxonomy for this text once the dataset is open"),
        QStringLiteral("text"));
    parser.addOptions({select, tab, search});
    parser.process(app);

    MainWindow window;
    if (parser.isSet(tab)) {
        const QString name = parser.value(tab).toLower();
        window.showTab(name == QLatin1String("summary")    ? MainWindow::SummaryTab
                       : name == QLatin1String("longtail") ? MainWindow::LongTailTab
                                                           : MainWindow::SpeciesTab);
    }
    if (parser.isSet(select) || parser.isSet(search)) {
        const QString name = parser.value(select);
        const QString text = parser.value(search);
        QObject::connect(&window, &MainWindow::datasetOpened, &window, [&window, name, text] {
            if (!text.isEmpty()) window.taxonomyPanel()->searchBox()->setText(text);
            if (!name.isEmpty() && !window.selectTaxonByName(name))
                qWarning("taxa: no taxon named %s", qPrintable(name));
        });
    }
    window.show();
    const QStringList args = parser.positionalArguments();
    const QStringList recent = QSettings().value("datasets/recent").toStringList();
    if (args.size() == 1 && QFileInfo(args.first()).isDir()) {
        window.openDataset(args.first());
    } else if (!args.isEmpty()) {
        window.openFiles(args);
    } else {
        const DatasetSource last = DatasetSource::fromSetting(recent.value(0));
        if (!last.files.isEmpty())
            window.openFiles(last.files);
        else if (!last.folder.isEmpty() && QDir(last.folder).exists())
            window.openDataset(last.folder);
        else
            window.openDemoDataset();
    }
    return QApplication::exec();
}
