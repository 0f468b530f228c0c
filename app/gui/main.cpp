// taxa: the desktop application. `taxa [DATASET_DIR | FILE...]` opens a dataset; without one it
// opens the last dataset, or the demo dataset (generating it on first start). The options
// (state/StartupRequest.h) are carried out by MainWindow::apply().

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>

#include "MainWindow.h"
#include "SignalBridge.h"
#include "Translations.h"
#include "state/StartupRequest.h"

namespace {

void describeApplication(QApplication& app) {
    installTranslations(app, QLocale());
    QApplication::setOrganizationName(QStringLiteral("TaxaWorkbench"));
    QApplication::setApplicationName(QStringLiteral("TaxaWorkbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Taxa Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(TAXA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/taxa/taxa.svg")));
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    describeApplication(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Fine-grained, long-tailed species classification workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    StartupRequest::addOptions(parser);
    parser.process(app);
    QString error;
    const StartupRequest request = StartupRequest::read(parser, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "taxa: %s\n", qPrintable(error));
        return 2;
    }
    MainWindow window;
    window.show();
    SignalBridge terminations;  // `kill`, Ctrl-C: close and save as the CLI does
    QObject::connect(&terminations, &SignalBridge::terminationRequested, &window,
                     &MainWindow::closeWithoutAsking);
    window.apply(request);
    return QApplication::exec();
}
